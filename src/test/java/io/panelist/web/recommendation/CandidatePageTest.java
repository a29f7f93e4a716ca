package io.panelist.web.recommendation;

import io.panelist.support.Answer;
import io.panelist.web.BrowserSession;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** /applications/{id} over HTTP: the debrief page, who may open it, and the hiring manager still scoring. */
class CandidatePageTest extends ManagerWebTest {

    @Test
    void theManagerSeesTheVerdictTheReasonsTheAgendaTheChartAndTheScorecards() {
        UUID priya = application("Priya Sharma").id();

        Answer page = signIn("manager@example.com").page("/applications/" + priya);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("<h1>Priya Sharma</h1>", "No hire", "Low confidence", "Why",
                "Debrief agenda", "Discuss:", "Security, spread 3 (scores from 1 to 4)",
                "Someone scored must-have topic Security a 1 (strong no).",
                "<title id=\"topic-chart-title\">Scores by topic for Priya Sharma</title>", "class=\"mean\"",
                "class=\"calibrated\"", "class=\"minimum\"", "circles are single panelists",
                "Ana Interviewer", "Ben Interviewer", "Knows security well; thinner on the rest.",
                "Missed CSRF and session basics; not ready yet.", "Strong yes", "Votes",
                "id=\"decision-form\"", "name=\"csrfToken\"", "hx-post=\"/applications/" + priya + "/decision\"",
                "The recommendation is No hire. Deciding Hire goes against it, and then the rationale needs at least 30 characters",
                "No decision yet.", "/assets/js/manager.js", "sure the candidate is",
                "The overall score is probably (80%) between")
                .doesNotContainPattern("\\sstyle=").doesNotContainPattern("\\son[a-z]+=");
    }

    @Test
    void recruitersReadThePageButOnlyTheHiringManagerDecides() {
        Answer page = signIn("recruiter@example.com").page("/applications/" + application("Jordan Lee").id());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Strong hire", "High confidence",
                "The position's hiring manager records the decision.").doesNotContain("id=\"decision-form\"");
    }

    @Test
    void anInterviewerIsRefusedOrFindsNothingAsTheApiAnswers() {
        UUID priya = application("Priya Sharma").id();
        String recruiter = api.login("recruiter@example.com", DEMO_PASSWORD);
        String candidate = api.post("/api/v1/candidates", recruiter, Map.of("name", "Noor Haddad",
                "email", "noor@example.org")).json().get("id").asText();
        String noor = api.post("/api/v1/applications", recruiter, Map.of("candidateId", candidate,
                "positionId", positionId().toString())).json().get("id").asText();
        BrowserSession ana = signIn("ana@example.com");

        Answer onTheirPanel = ana.page("/applications/" + priya);
        Answer notTheirs = ana.page("/applications/" + noor);

        assertThat(onTheirPanel.status()).isEqualTo(403);
        assertThat(onTheirPanel.text()).contains("Recommendations are for recruiters")
                .doesNotContain("Knows security well");
        assertThat(notTheirs.status()).isEqualTo(404);
        assertThat(notTheirs.text()).contains("Nothing here").doesNotContain("Noor Haddad");
        assertThat(ana.page("/applications/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void aHiringManagerOnThePanelStaysBlindUntilTheirScorecardIsIn() {
        UUID round = managerOnPanelOf("Jordan Lee");
        UUID jordan = application("Jordan Lee").id();
        BrowserSession manager = signIn("manager@example.com");

        Answer page = manager.page("/applications/" + jordan);
        Answer decision = decide(manager, jordan, "HIRE", "Everyone agrees: a strong hire.", true);

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.text()).contains("Your scorecard comes first", "Jordan Lee", "Scoring stays independent",
                "href=\"/interviews/" + round + "/scorecard\"")
                .doesNotContain("Strong hire", "Would hire: pragmatic answers", "id=\"decision-form\"");
        assertThat(decision.status()).isEqualTo(403);
        assertThat(decision.text()).contains("Submit your own scorecards");
        assertThat(decisions()).isZero();
    }
}
