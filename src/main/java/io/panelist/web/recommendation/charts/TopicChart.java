package io.panelist.web.recommendation.charts;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The candidate's scores per topic on the rubric's 1-4 scale: each row has a raw line (the panel's scores as dots,
 * the spread between the lowest and highest as a thick bar, the mean as a diamond) and under it the calibrated mean
 * as a ring; a must-have topic has its minimum as a dashed red tick across both.
 */
public final class TopicChart {
    static final double WIDTH = 740;
    static final double X0 = 250;
    static final double X1 = 610;
    static final double TOP = 46;
    static final double ROW = 54;
    static final double RAW_OFFSET = -8;
    static final double CALIBRATED_OFFSET = 11;
    private static final double LEGEND = 44;
    private static final String[] ANCHORS = {"Strong no", "No", "Yes", "Strong yes"};

    /** One topic: its name, its must-have rule, the service's mean and calibrated mean, the scores given. */
    public record Row(String name, boolean mustHave, int minScore, @Nullable Double mean, @Nullable Double calibratedMean,
               List<Integer> scores) {
        public Row {
            scores = List.copyOf(scores);
        }
    }

    private TopicChart() {
    }

    /** Where a score sits across the plot: 1 at the left edge, 4 at the right. */
    static double x(double score) {
        return X0 + (score - 1) / 3 * (X1 - X0);
    }

    /** The vertical centre of row {@code index}. */
    static double rowCentre(int index) {
        return TOP + ROW * index + ROW / 2;
    }

    public static SvgDrawing draw(String id, String candidate, List<Row> rows) {
        List<SvgDrawing.Shape> shapes = new ArrayList<>();
        double bottom = TOP + ROW * rows.size();
        for (int score = 1; score <= 4; score++) {
            shapes.add(new SvgDrawing.Line("grid", x(score), TOP - 6, x(score), bottom, SvgDrawing.LINE, 1, false));
            shapes.add(new SvgDrawing.Label("axis", x(score), TOP - 14, score + " " + ANCHORS[score - 1], "middle", 12,
                    SvgDrawing.MUTED, false));
        }
        for (int i = 0; i < rows.size(); i++) {
            drawRow(shapes, rows.get(i), rowCentre(i));
        }
        legend(shapes, bottom + 28);
        return new SvgDrawing(id, WIDTH, bottom + LEGEND, "Scores by topic for " + candidate,
                describe(rows), shapes);
    }

    private static void drawRow(List<SvgDrawing.Shape> shapes, Row row, double cy) {
        double raw = cy + RAW_OFFSET;
        double calibrated = cy + CALIBRATED_OFFSET;
        shapes.add(new SvgDrawing.Label("topic", 8, row.mustHave() ? cy - 3 : cy + 5, SvgDrawing.fit(row.name(), 32),
                "start", 13, SvgDrawing.INK, true));
        if (row.mustHave()) {
            shapes.add(new SvgDrawing.Label("must-have", 8, cy + 14, "Must-have, at least " + row.minScore(), "start",
                    11, SvgDrawing.BAD, false));
        }
        shapes.add(new SvgDrawing.Line("track", X0, raw, X1, raw, SvgDrawing.LINE, 2, false));
        if (row.scores().isEmpty() || row.mean() == null) {
            shapes.add(new SvgDrawing.Label("no-evidence", X0 + 6, cy + 5, "No scores yet", "start", 12,
                    SvgDrawing.MUTED, false));
            minimum(shapes, row, raw, calibrated);
            return;
        }
        shapes.add(new SvgDrawing.Line("calibrated-track", X0, calibrated, X1, calibrated, SvgDrawing.LINE, 1, true));
        int lowest = row.scores().stream().min(Integer::compare).orElseThrow();
        int highest = row.scores().stream().max(Integer::compare).orElseThrow();
        if (highest > lowest) {
            shapes.add(new SvgDrawing.Line("spread", x(lowest), raw, x(highest), raw, "#9db0d8", 7, false));
        }
        minimum(shapes, row, raw, calibrated);
        for (Map.Entry<Integer, Integer> given : counts(row.scores()).entrySet()) {
            shapes.add(new SvgDrawing.Circle("score", x(given.getKey()), raw, 4.5, "#ffffff", SvgDrawing.MUTED));
            if (given.getValue() > 1) {
                shapes.add(new SvgDrawing.Label("score-count", x(given.getKey()), raw - 11, given.getValue() + "×",
                        "middle", 10, SvgDrawing.MUTED, false));
            }
        }
        shapes.add(new SvgDrawing.Diamond("mean", x(row.mean()), raw, 7, SvgDrawing.ACCENT));
        shapes.add(new SvgDrawing.Label("mean-value", X1 + 18, raw + 4, number(row.mean()), "start", 13,
                SvgDrawing.INK, true));
        if (row.calibratedMean() != null) {
            shapes.add(new SvgDrawing.Circle("calibrated", x(row.calibratedMean()), calibrated, 5, "#ffffff",
                    SvgDrawing.CALIBRATED));
            shapes.add(new SvgDrawing.Label("calibrated-value", X1 + 18, calibrated + 4,
                    number(row.calibratedMean()) + " calibrated", "start", 11, SvgDrawing.CALIBRATED, false));
        }
    }

    private static void minimum(List<SvgDrawing.Shape> shapes, Row row, double raw, double calibrated) {
        if (row.mustHave()) {
            shapes.add(new SvgDrawing.Line("minimum", x(row.minScore()), raw - 13, x(row.minScore()), calibrated + 7,
                    SvgDrawing.BAD, 2, true));
        }
    }

    private static void legend(List<SvgDrawing.Shape> shapes, double y) {
        shapes.add(new SvgDrawing.Circle("legend", 14, y - 4, 4.5, "#ffffff", SvgDrawing.MUTED));
        shapes.add(new SvgDrawing.Label("legend", 24, y, "a panelist's score", "start", 11, SvgDrawing.MUTED, false));
        shapes.add(new SvgDrawing.Line("legend", 140, y - 4, 164, y - 4, "#9db0d8", 7, false));
        shapes.add(new SvgDrawing.Label("legend", 172, y, "spread", "start", 11, SvgDrawing.MUTED, false));
        shapes.add(new SvgDrawing.Diamond("legend", 232, y - 4, 6, SvgDrawing.ACCENT));
        shapes.add(new SvgDrawing.Label("legend", 244, y, "mean", "start", 11, SvgDrawing.MUTED, false));
        shapes.add(new SvgDrawing.Circle("legend", 296, y - 4, 5, "#ffffff", SvgDrawing.CALIBRATED));
        shapes.add(new SvgDrawing.Label("legend", 306, y, "calibrated mean", "start", 11, SvgDrawing.MUTED, false));
        shapes.add(new SvgDrawing.Line("legend", 414, y - 12, 414, y + 4, SvgDrawing.BAD, 2, true));
        shapes.add(new SvgDrawing.Label("legend", 424, y, "must-have minimum", "start", 11, SvgDrawing.MUTED, false));
    }

    private static Map<Integer, Integer> counts(List<Integer> scores) {
        Map<Integer, Integer> counts = new TreeMap<>();
        scores.forEach(score -> counts.merge(score, 1, Integer::sum));
        return counts;
    }

    /** The chart in words, for screen readers: one sentence per topic. */
    static String describe(List<Row> rows) {
        StringBuilder text = new StringBuilder("Scores run from 1 (strong no) to 4 (strong yes).");
        for (Row row : rows) {
            text.append(' ').append(row.name());
            if (row.mustHave()) {
                text.append(", a must-have with a minimum of ").append(row.minScore());
            }
            if (row.scores().isEmpty() || row.mean() == null) {
                text.append(": no scores yet.");
                continue;
            }
            text.append(": mean ").append(number(row.mean()));
            if (row.calibratedMean() != null) {
                text.append(", calibrated ").append(number(row.calibratedMean()));
            }
            text.append(", from ").append(row.scores().size()).append(row.scores().size() == 1 ? " score" : " scores")
                    .append(" between ").append(row.scores().stream().min(Integer::compare).orElseThrow())
                    .append(" and ").append(row.scores().stream().max(Integer::compare).orElseThrow()).append('.');
        }
        return text.toString();
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
