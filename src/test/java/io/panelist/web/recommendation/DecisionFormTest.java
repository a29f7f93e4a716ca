package io.panelist.web.recommendation;

import io.panelist.support.Answer;
import io.panelist.web.BrowserSession;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The decision form: the rule for going against the recommendation, CSRF, the plain-form fallback, refusals. */
class DecisionFormTest extends ManagerWebTest {
    private static final String SHORT = "Strong on security.";
    private static final String LONG = "Strong on security; the panel split there and Ana's depth outweighs Ben's worry.";

    @Test
    void aShortRationaleAgainstTheRecommendationIsRefusedWithTheRuleAndKeepsTheText() {
        UUID priya = application("Priya Sharma").id();
        BrowserSession manager = signIn("manager@example.com");

        Answer refused = decide(manager, priya, "HIRE", SHORT, true);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("id=\"rationale-error\"",
                "Going against the recommendation (no hire) needs a rationale of at least 30 characters. You wrote 19.",
                ">" + SHORT + "</textarea>", "value=\"HIRE\" checked=\"checked\"", "aria-invalid=\"true\"")
                .doesNotContain("<html", "<header");
        assertThat(decisions()).isZero();
        assertThat(count("SELECT count(*) FROM applications WHERE status = 'ACTIVE' AND id = '" + priya + "'"))
                .isOne();
    }

    @Test
    void aLongRationaleRecordsTheDecisionAgainstTheRecommendationAndShowsItInTheHistory() {
        UUID priya = application("Priya Sharma").id();
        BrowserSession manager = signIn("manager@example.com");

        Answer recorded = decide(manager, priya, "HIRE", LONG, true);

        assertThat(recorded.status()).isEqualTo(200);
        assertThat(recorded.text()).contains("Morgan Manager", "Against the recommendation (No hire).",
                "Strong on security; the panel split there and Ana&#39;s depth outweighs Ben&#39;s worry.",
                "(against it)").doesNotContain("id=\"decision-form\"");
        assertThat(decisions()).isOne();
        assertThat(count("SELECT count(*) FROM decisions WHERE against_recommendation AND outcome = 'HIRE'")).isOne();
        Answer page = manager.page("/applications/" + priya);
        assertThat(page.text()).contains(">hired</span>", "Against the recommendation")
                .doesNotContain("id=\"decision-form\"");
        assertThat(decide(manager, priya, "NO_HIRE", LONG, true).status()).isEqualTo(409);
        assertThat(decisions()).isOne();
    }

    @Test
    void theFormIsRefusedWithoutItsCsrfTokenAndNothingIsWritten() {
        UUID jordan = application("Jordan Lee").id();
        BrowserSession manager = signIn("manager@example.com");
        manager.page("/applications/" + jordan);

        Answer htmxWithoutHeader = decide(manager, jordan, "HIRE", "Clear hire.", false);
        Answer formWithoutToken = manager.postForm("/applications/" + jordan + "/decision",
                Map.of("outcome", "HIRE", "rationale", "Clear hire."));
        Answer formWithWrongToken = manager.postForm("/applications/" + jordan + "/decision",
                Map.of("outcome", "HIRE", "rationale", "Clear hire.", "csrfToken", "forged"));

        assertThat(htmxWithoutHeader.status()).isEqualTo(403);
        assertThat(formWithoutToken.status()).isEqualTo(403);
        assertThat(formWithoutToken.text()).contains("did not come from a Panelist page");
        assertThat(formWithWrongToken.status()).isEqualTo(403);
        assertThat(decisions()).isZero();
    }

    @Test
    void withoutScriptsThePlainFormRecordsOrShowsThePageAgainWithTheRefusal() {
        UUID jordan = application("Jordan Lee").id();
        UUID priya = application("Priya Sharma").id();
        BrowserSession manager = signIn("manager@example.com");
        String token = BrowserSession.formToken(manager.page("/applications/" + priya).text());

        Answer refused = manager.postForm("/applications/" + priya + "/decision",
                Map.of("outcome", "HIRE", "rationale", SHORT, "csrfToken", token));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("<h1>Priya Sharma</h1>", "at least 30 characters", SHORT);
        assertThat(decisions()).isZero();

        Answer recorded = manager.postForm("/applications/" + jordan + "/decision",
                Map.of("outcome", "HIRE", "rationale", "Clear hire.", "csrfToken", token));
        assertThat(recorded.status()).isEqualTo(303);
        assertThat(recorded.header("Location")).isEqualTo("/applications/" + jordan + "#decision");
        assertThat(count("SELECT count(*) FROM decisions WHERE NOT against_recommendation")).isOne();
    }

    @Test
    void aMissingChoiceOrRationaleIsNamedInPlainWords() {
        UUID jordan = application("Jordan Lee").id();
        BrowserSession manager = signIn("manager@example.com");

        Answer noChoice = decide(manager, jordan, "", "Clear hire.", true);
        Answer noRationale = decide(manager, jordan, "HIRE", "   ", true);

        assertThat(noChoice.status()).isEqualTo(422);
        assertThat(noChoice.text()).contains("Choose Hire or No hire.", ">Clear hire.</textarea>");
        assertThat(noRationale.status()).isEqualTo(422);
        assertThat(noRationale.text()).contains("Write a rationale: what the decision rests on.");
        assertThat(decisions()).isZero();
    }

    @Test
    void onlyThePositionsHiringManagerDecides() {
        UUID jordan = application("Jordan Lee").id();

        Answer recruiter = decide(signIn("recruiter@example.com"), jordan, "HIRE", "Clear hire.", true);
        Answer otherManager = decide(signInOther(), jordan, "HIRE", "Clear hire.", true);

        assertThat(recruiter.status()).isEqualTo(403);
        assertThat(recruiter.text()).contains("Only the position&#39;s hiring manager decides.");
        assertThat(otherManager.status()).isEqualTo(404);
        assertThat(decisions()).isZero();
    }
}
