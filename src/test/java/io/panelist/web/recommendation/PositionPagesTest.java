package io.panelist.web.recommendation;

import io.panelist.support.Answer;
import io.panelist.web.BrowserSession;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** /positions and /positions/{id} over HTTP: what each role sees, the ranking's order, and who is refused. */
class PositionPagesTest extends ManagerWebTest {
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);

    @Test
    void theManagerSeesTheirPositionAndItsRankingBestFirst() {
        UUID position = positionId();
        UUID jordan = application("Jordan Lee").id();
        UUID priya = application("Priya Sharma").id();
        BrowserSession manager = signIn("manager@example.com");

        Answer list = manager.page("/positions");
        Answer ranking = manager.page("/positions/" + position);

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.text()).contains("href=\"/positions/" + position + "\"", "Backend Engineer (Flask)", "Open");
        assertThat(ranking.status()).isEqualTo(200);
        String page = ranking.text();
        assertThat(page.indexOf("Jordan Lee")).isLessThan(page.indexOf("Priya Sharma"));
        assertThat(page).contains("href=\"/applications/" + jordan + "\"", "href=\"/applications/" + priya + "\"",
                "Strong hire", "High confidence", "No hire", "Low confidence", "Not decided",
                "href=\"/api/v1/positions/" + position + "/scores.csv\"", "<svg", "role=\"img\"",
                "<title id=\"reliability-chart-title\">", "at 0.75 or more the scores can be trusted",
                "Ana Interviewer: calibration", "Ben Interviewer: calibration")
                .doesNotContain("Withheld");
        assertThat(INLINE_SCRIPT.matcher(page).find()).isFalse();
        assertThat(page).doesNotContainPattern("\\sstyle=");
    }

    @Test
    void theScoresExportIsADownloadWithTheSessionCookie() {
        BrowserSession manager = signIn("manager@example.com");

        Answer csv = manager.send("GET", "/api/v1/positions/" + positionId() + "/scores.csv", null, null,
                java.util.Map.of());

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.text()).contains("Jordan Lee", "Priya Sharma");
    }

    @Test
    void recruitersSeeEveryPositionAndTheRankingButNoCalibration() {
        String other = otherHiringManager();
        BrowserSession recruiter = signIn("recruiter@example.com");

        assertThat(recruiter.page("/positions").text()).contains("Backend Engineer (Flask)", "Data Engineer");
        Answer ranking = recruiter.page("/positions/" + positionId());
        assertThat(ranking.status()).isEqualTo(200);
        assertThat(ranking.text()).contains("Jordan Lee", "Ana Interviewer").doesNotContain("/calibration");
        assertThat(signIn("admin@example.com").page("/positions/" + positionId()).text())
                .contains("Ana Interviewer: calibration");
        assertThat(other).isNotBlank();
    }

    @Test
    void anInterviewerReadsPositionsAsTheApiAllowsButIsRefusedTheRanking() {
        BrowserSession ana = signIn("ana@example.com");

        Answer ranking = ana.page("/positions/" + positionId());

        assertThat(ana.page("/positions").status()).isEqualTo(200);
        assertThat(ranking.status()).isEqualTo(403);
        assertThat(ranking.contentType()).startsWith("text/html");
        assertThat(ranking.text()).contains("Not yours to see", "Rankings are for recruiters")
                .doesNotContain("Jordan Lee");
    }

    @Test
    void anotherHiringManagerFindsNeitherThePositionNorItsCandidates() {
        BrowserSession kim = signInOther();

        assertThat(kim.page("/positions").text()).contains("Data Engineer").doesNotContain("Backend Engineer (Flask)");
        Answer ranking = kim.page("/positions/" + positionId());
        Answer candidate = kim.page("/applications/" + application("Jordan Lee").id());
        assertThat(ranking.status()).isEqualTo(404);
        assertThat(ranking.text()).contains("Nothing here").doesNotContain("Jordan Lee");
        assertThat(candidate.status()).isEqualTo(404);
        assertThat(candidate.text()).doesNotContain("Jordan Lee");
        assertThat(kim.page("/positions/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void aManagerStillScoringACandidateSeesTheRowWithheld() {
        managerOnPanelOf("Jordan Lee");

        String page = signIn("manager@example.com").page("/positions/" + positionId()).text();

        assertThat(page).contains("Withheld", "until your scorecard is in", "Priya Sharma", "No hire")
                .doesNotContain("Strong hire");
    }
}
