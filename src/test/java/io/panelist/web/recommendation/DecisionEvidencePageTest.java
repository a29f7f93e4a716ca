package io.panelist.web.recommendation;

import io.panelist.support.Answer;
import io.panelist.web.BrowserSession;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision section and the evidence: the scorecards still pending with the box that acknowledges them, the
 * refusal without it, and "The evidence changed after you decided" once a scorecard is amended after the decision
 * (and, in the ranking, "the evidence changed since" beside the decision).
 * Mateo's screen is in progress (Ana's and Ben's drafts); Jordan's rounds are all submitted.
 */
class DecisionEvidencePageTest extends ManagerWebTest {
    private static final String RATIONALE = "The screen went well enough to decide now.";

    @Test
    void theFormShowsThePendingScorecardsAndRefusesADecisionUntilTheyAreAcknowledged() {
        UUID mateo = application("Mateo García").id();
        BrowserSession manager = signIn("manager@example.com");

        Answer page = manager.page("/applications/" + mateo);
        assertThat(page.text()).contains("Scorecards still pending", "scorecards are still pending for this candidate",
                "name=\"acknowledgePending\"", "Decide without the pending scorecards")
                .doesNotContain("The evidence changed");

        Answer refused = decide(manager, mateo, false);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text()).contains("id=\"pending-error\"", "role=\"alert\"",
                "Tick &quot;Decide without the pending scorecards&quot; to decide now",
                ">" + RATIONALE + "</textarea>");
        assertThat(decisions()).isZero();

        Answer recorded = decide(manager, mateo, true);

        assertThat(recorded.status()).isEqualTo(200);
        assertThat(recorded.text()).containsPattern("Decided with \\d+ scorecards? still pending, acknowledged\\.")
                .doesNotContain("id=\"decision-form\"");
        assertThat(count("SELECT count(*) FROM decisions WHERE pending_acknowledged > 0")).isOne();
    }

    @Test
    void withNothingPendingTheFormHasNoBoxToTick() {
        UUID jordan = application("Jordan Lee").id();

        Answer page = signIn("manager@example.com").page("/applications/" + jordan);

        assertThat(page.text()).contains("id=\"decision-form\"").doesNotContain("name=\"acknowledgePending\"");
    }

    @Test
    void anAmendmentAfterTheDecisionIsToldAboveTheStandingDecision() throws SQLException {
        UUID jordan = application("Jordan Lee").id();
        BrowserSession manager = signIn("manager@example.com");
        assertThat(decide(manager, jordan, false).status()).isEqualTo(200);
        assertThat(manager.page("/applications/" + jordan).text()).doesNotContain("The evidence changed");
        assertThat(manager.page("/positions/" + positionId()).text()).doesNotContain("the evidence changed since");

        amendAnasScorecardOf(jordan);

        Answer page = manager.page("/applications/" + jordan);
        assertThat(page.text()).contains("The evidence changed after you decided",
                "reopen it to decide again", "The evidence changed after this decision.");
        assertThat(manager.page("/positions/" + positionId()).text()).containsOnlyOnce("the evidence changed since");
        Answer recruiterPage = signIn("recruiter@example.com").page("/applications/" + jordan);
        assertThat(recruiterPage.text()).contains("The evidence changed after this decision: a scorecard was submitted"
                + " or amended since.").doesNotContain("after you decided");
    }

    private Answer decide(BrowserSession browser, UUID applicationId, boolean acknowledge) {
        Map<String, String> headers = new HashMap<>(Map.of("HX-Request", "true", "Accept", "text/html",
                "X-CSRF-TOKEN", browser.csrfToken()));
        String body = "outcome=HIRE&rationale=" + URLEncoder.encode(RATIONALE, StandardCharsets.UTF_8)
                + (acknowledge ? "&acknowledgePending=true" : "");
        return browser.send("POST", "/applications/" + applicationId + "/decision", body,
                "application/x-www-form-urlencoded", headers);
    }

    private void amendAnasScorecardOf(UUID applicationId) throws SQLException {
        String ana = api.login("ana@example.com", DEMO_PASSWORD);
        String interview;
        try (Connection db = connect(); ResultSet row = db.createStatement().executeQuery("""
                SELECT sc.interview_id FROM scorecards sc JOIN users u ON u.id = sc.panelist_id
                 WHERE u.email = 'ana@example.com' AND sc.status = 'SUBMITTED' AND sc.application_id = '"""
                + applicationId + "' LIMIT 1")) {
            assertThat(row.next()).isTrue();
            interview = row.getString(1);
        }
        String path = "/api/v1/interviews/" + interview + "/scorecard";
        Answer read = api.get(path, ana);
        Answer amended = api.call("POST", path + "/amendments").token(ana).header("If-Match", read.header("ETag"))
                .json(Map.of("reason", "Re-read my notes.", "summary", "Amended after re-reading my notes.")).send();
        assertThat(amended.status()).as(amended.toString()).isIn(200, 201);
    }
}
