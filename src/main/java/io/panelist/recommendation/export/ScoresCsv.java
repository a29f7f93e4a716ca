package io.panelist.recommendation.export;

import io.panelist.recommendation.RecommendationRows;

import java.util.List;

/**
 * RFC 4180 CSV, UTF-8, CRLF: every field quoted when it holds a comma, quote or line break; a cell that a
 * spreadsheet would run as a formula (starting with = + - @, tab or carriage return) gets a leading apostrophe. Pure.
 */
final class ScoresCsv {
    /** counted: false for a trainee's score, which counts in no aggregate (averaging the rest matches the app). */
    static final String HEADER =
            "position,candidate,application,stage,interviewer,topic,score,rubric_version,submitted_at,counted";

    private ScoresCsv() {
    }

    static String render(List<RecommendationRows.ExportRow> rows) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (RecommendationRows.ExportRow row : rows) {
            csv.append(String.join(",", cell(row.positionTitle()), cell(row.candidateName()),
                    cell(row.applicationId().toString()), cell(row.stageName()), cell(row.interviewerName()),
                    cell(row.topicKey()), cell(Integer.toString(row.score())), cell(Integer.toString(row.rubricVersion())),
                    cell(row.submittedAt().toString()), Boolean.toString(row.counted()))).append("\r\n");
        }
        return csv.toString();
    }

    static String cell(String value) {
        String safe = value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
