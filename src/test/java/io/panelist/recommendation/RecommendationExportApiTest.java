package io.panelist.recommendation;

import io.panelist.recommendation.RecommendationFixtures.Card;
import io.panelist.recommendation.RecommendationFixtures.Hiring;
import io.panelist.recommendation.RecommendationFixtures.Opening;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The score exports: RFC 4180 (a header row, CRLF line ends, fields with commas or quotes quoted and their quotes
 * doubled), UTF-8, and safe to open in a spreadsheet: a cell starting with = + - @ gets a leading apostrophe.
 */
class RecommendationExportApiTest extends IntegrationTest {
    static final String HEADER =
            "position,candidate,application,stage,interviewer,topic,score,rubric_version,submitted_at,counted";
    static final String TITLE = "Backend \"Core\", Zürich";
    static final String QUOTED_TITLE = "\"Backend \"\"Core\"\", Zürich\"";
    @Inject
    RecommendationFixtures fixtures;
    Hiring hiring;
    Opening opening;
    UUID formula;
    UUID plus;
    UUID zoe;

    @BeforeEach
    void threeCandidatesWithSubmittedScores() {
        hiring = fixtures.hiring(api);
        opening = hiring.opening(TITLE, hiring.manager);
        formula = hiring.applicant(opening, "=HYPERLINK(\"x\")");
        plus = hiring.applicant(opening, "+1");
        zoe = hiring.applicant(opening, "Zoë Ünal, Jr.");
        UUID formulaRound = hiring.interview(formula, opening.technicalStageId(), hiring.ana, hiring.ben);
        hiring.submit(formulaRound, hiring.ana, Card.of("YES", "security", 4, "testing", 3));
        hiring.submit(formulaRound, hiring.ben, Card.of("YES", "security", 3, "testing", null));
        UUID plusRound = hiring.interview(plus, opening.technicalStageId(), hiring.ana, hiring.ben);
        hiring.submit(plusRound, hiring.ana, Card.of("NO", "security", 2, "testing", 2));
        hiring.save(plusRound, hiring.ben, Card.of("NO", "security", 1, "testing", 1));
        UUID zoeRound = hiring.interview(zoe, opening.designStageId(), hiring.cleo, hiring.ben);
        hiring.submit(zoeRound, hiring.cleo, Card.of("STRONG_YES", "security", 4));
    }

    @Test
    void thePositionExportHasOneRowPerSubmittedTopicScoreInRfc4180() {
        Answer csv = api.get("/api/v1/positions/" + opening.positionId() + "/scores.csv", hiring.token(hiring.manager));

        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv").containsIgnoringCase("charset=utf-8");
        assertThat(csv.header("Content-Disposition")).startsWith("attachment");
        assertThat(csv.text()).startsWith(HEADER + "\r\n").endsWith("\r\n");
        assertThat(csv.text().replace("\r\n", "")).doesNotContain("\n", "\r");
        List<String> rows = rows(csv.text());
        // Ana's 4 and 3 and Ben's 3 for the formula name (his testing was not assessed: no row), Ana's 2 and 2 for
        // "+1" (Ben's draft is not submitted), Cleo's 4 for Zoë: six rows
        assertThat(rows).hasSize(6);
        assertThat(rows).allSatisfy(row -> assertThat(row).startsWith(QUOTED_TITLE + ","));
        assertThat(withoutTime(rows)).containsExactlyInAnyOrder(
                QUOTED_TITLE + ",\"'=HYPERLINK(\"\"x\"\")\"," + formula + ",Technical,Ana,security,4,1,true",
                QUOTED_TITLE + ",\"'=HYPERLINK(\"\"x\"\")\"," + formula + ",Technical,Ana,testing,3,1,true",
                QUOTED_TITLE + ",\"'=HYPERLINK(\"\"x\"\")\"," + formula + ",Technical,Ben,security,3,1,true",
                QUOTED_TITLE + ",'+1," + plus + ",Technical,Ana,security,2,1,true",
                QUOTED_TITLE + ",'+1," + plus + ",Technical,Ana,testing,2,1,true",
                QUOTED_TITLE + ",\"Zoë Ünal, Jr.\"," + zoe + ",Design,Cleo,security,4,1,true");
        assertThat(rows).allSatisfy(row -> assertThat(Instant.parse(row.split(",")[row.split(",").length - 2]))
                .isBefore(Instant.now().plusSeconds(60)));
    }

    @Test
    void theApplicationExportHoldsOnlyThatApplicationsScores() {
        Answer csv = api.get("/api/v1/applications/" + plus + "/scorecards.csv", hiring.token(hiring.recruiter));

        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.text()).startsWith(HEADER + "\r\n");
        assertThat(withoutTime(rows(csv.text()))).containsExactlyInAnyOrder(
                QUOTED_TITLE + ",'+1," + plus + ",Technical,Ana,security,2,1,true",
                QUOTED_TITLE + ",'+1," + plus + ",Technical,Ana,testing,2,1,true");
    }

    @Test
    void anApplicationWithoutSubmittedScoresExportsTheHeaderOnly() {
        UUID nobody = hiring.applicant(opening, "Nora North");

        Answer csv = api.get("/api/v1/applications/" + nobody + "/scorecards.csv", hiring.token(hiring.admin));

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.text()).isEqualTo(HEADER + "\r\n");
    }

    @Test
    void theBytesOnTheWireAreUtf8() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.getURI().resolve("/api/v1/positions/"
                        + opening.positionId() + "/scores.csv"))
                .header("Authorization", "Bearer " + hiring.token(hiring.admin)).GET().build();

        byte[] bytes = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray()).body();

        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("Zürich", "Zoë Ünal");
        byte[] zurich = "Zürich".getBytes(StandardCharsets.UTF_8);
        assertThat(indexOf(bytes, zurich)).isNotNegative();
    }

    private static List<String> rows(String csv) {
        List<String> lines = Arrays.asList(csv.split("\r\n", -1));
        assertThat(lines.get(0)).isEqualTo(HEADER);
        assertThat(lines.get(lines.size() - 1)).isEmpty();
        return lines.subList(1, lines.size() - 1);
    }

    /** Each row without its submitted_at, the last field but one (the last says whether the score counts). */
    static List<String> withoutTime(List<String> rows) {
        return rows.stream().map(row -> row.replaceFirst(",[^,]+,(true|false)$", ",$1")).toList();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
