package io.panelist.recommendation;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.recommendation.RecommendationFixtures.Card;
import io.panelist.recommendation.RecommendationFixtures.Hiring;
import io.panelist.recommendation.RecommendationFixtures.Opening;
import io.panelist.scheduling.SchedulingFixtures;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static io.panelist.recommendation.RecommendationApiTest.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hiring manager's decision: HIRE or NO_HIRE with a rationale (30 characters when it goes against the
 * recommendation), the recommendation recorded as it stood, the application closed, one standing decision until
 * it is reopened, every step audited.
 */
class RecommendationDecisionApiTest extends IntegrationTest {
    static final String AGAINST_29 = "Weak on system design; no go.";
    static final String AGAINST_30 = "Weak on system design; no go!!";
    @Inject
    RecommendationFixtures fixtures;
    Hiring hiring;
    Opening opening;
    UUID alice;
    UUID bob;
    UUID aliceTechnical;

    @BeforeEach
    void aliceIsRecommendedForHireAndBobHasNoEvidence() {
        hiring = fixtures.hiring(api);
        opening = hiring.opening("Backend Engineer", hiring.manager);
        alice = hiring.applicant(opening, "Alice Archer");
        bob = hiring.applicant(opening, "Bob Baker");
        aliceTechnical = hiring.interview(alice, opening.technicalStageId(), hiring.ana, hiring.ben);
        // security (4 + 3) / 2 = 3.5, testing (3 + 3) / 2 = 3.0; overall (2 * 3.5 + 3.0) / 3 = 3.33 -> HIRE
        hiring.submit(aliceTechnical, hiring.ana, Card.of("STRONG_YES", "security", 4, "testing", 3));
        hiring.submit(aliceTechnical, hiring.ben, Card.of("YES", "security", 3, "testing", 3));
    }

    @Test
    void goingAgainstTheRecommendationNeedsARationaleOfAtLeastThirtyCharacters() {
        assertThat(AGAINST_29).hasSize(29);
        assertThat(AGAINST_30).hasSize(30);

        for (String rationale : List.of(AGAINST_29, "   " + AGAINST_29 + "   ")) {
            Answer refused = hiring.decide(alice, hiring.manager, "NO_HIRE", rationale);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.problemType()).isEqualTo("validation-failed");
            assertThat(refused.json().get("errors")).extracting(e -> e.get("field").asText()).containsExactly("rationale");
        }
        assertThat(count("SELECT count(*) FROM decisions")).isZero();
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'decision.recorded'")).isZero();
        assertThat(status(alice)).isEqualTo("ACTIVE");

        Answer decided = hiring.decide(alice, hiring.manager, "NO_HIRE", AGAINST_30);

        assertThat(decided.status()).as(decided.toString()).isEqualTo(201);
        JsonNode decision = decided.json().get("decision");
        assertThat(decided.json().get("applicationId").asText()).isEqualTo(alice.toString());
        assertThat(decision.get("outcome").asText()).isEqualTo("NO_HIRE");
        assertThat(decision.get("rationale").asText()).isEqualTo(AGAINST_30);
        assertThat(decision.get("recommendedOutcome").asText()).isEqualTo("HIRE");
        assertThat(decision.get("againstRecommendation").asBoolean()).isTrue();
        assertThat(decision.get("decidedBy").asText()).isEqualTo(hiring.manager.toString());
        assertThat(decision.get("decidedAt").asText()).isNotBlank();
        assertThat(decision.get("reopenedAt").isNull()).isTrue();
        assertThat(status(alice)).isEqualTo("REJECTED");
        assertThat(decided.json().get("history")).hasSize(1);
    }

    @Test
    void onInsufficientEvidenceHireGoesAgainstTheRecommendationAndNoHireDoesNot() {
        Answer hire = hiring.decide(bob, hiring.manager, "HIRE", "Trust me.");
        assertThat(hire.status()).as(hire.toString()).isEqualTo(400);

        Answer noHire = hiring.decide(bob, hiring.manager, "NO_HIRE", "No show.");

        assertThat(noHire.status()).as(noHire.toString()).isEqualTo(201);
        assertThat(noHire.json().at("/decision/recommendedOutcome").asText()).isEqualTo("INSUFFICIENT_EVIDENCE");
        assertThat(noHire.json().at("/decision/againstRecommendation").asBoolean()).isFalse();
        assertThat(status(bob)).isEqualTo("REJECTED");
    }

    @Test
    void aDecisionRecordsTheRecommendationAsItStoodHiresTheCandidateAndIsReadBack() {
        JsonNode before = ok(hiring.recommendation(alice, hiring.manager));

        Answer decided = hiring.decide(alice, hiring.manager, "HIRE", "Strong panel.");

        assertThat(decided.status()).as(decided.toString()).isEqualTo(201);
        assertThat(decided.json().at("/decision/againstRecommendation").asBoolean()).isFalse();
        assertThat(decided.json().at("/decision/recommendation")).isEqualTo(before);
        assertThat(status(alice)).isEqualTo("HIRED");

        // Ben amends after the decision: the live recommendation moves, the recorded one does not
        hiring.amend(aliceTechnical, hiring.ben, Card.of("YES", "security", 3, "testing", 1));
        assertThat(ok(hiring.recommendation(alice, hiring.manager)).get("overallScore").asDouble()).isEqualTo(3.0);

        JsonNode read = ok(api.get("/api/v1/applications/" + alice + "/decision", hiring.token(hiring.manager)));
        assertThat(read.at("/decision/recommendation/overallScore").asDouble()).isEqualTo(3.33);
        assertThat(read.at("/decision/recommendation/outcome").asText()).isEqualTo("HIRE");
        // the same decision, which now knows that the evidence changed after it
        assertThat(read.at("/decision/evidenceChangedSince").asBoolean()).isTrue();
        assertThat(((com.fasterxml.jackson.databind.node.ObjectNode) read.get("decision").deepCopy())
                .put("evidenceChangedSince", false)).isEqualTo(decided.json().get("decision"));
        assertThat(auditActions(alice)).contains("decision.recorded");
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'decision.recorded' AND entity_id = '"
                + alice + "' AND details ->> 'outcome' = 'HIRE' AND details ->> 'recommendedOutcome' = 'HIRE'"))
                .isEqualTo(1);
    }

    @Test
    void onlyThePositionsHiringManagerDecidesAndAnAdministratorIsRefused() {
        for (UUID someoneElse : List.of(hiring.admin, hiring.recruiter, hiring.ana)) {
            Answer refused = hiring.decide(alice, someoneElse, "HIRE", "Strong panel.");
            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
            assertThat(refused.isProblem()).isTrue();
        }
        assertThat(count("SELECT count(*) FROM decisions")).isZero();
        assertThat(status(alice)).isEqualTo("ACTIVE");
    }

    @Test
    void aSecondDecisionIsAConflictUntilTheHiringManagerReopensWithAReason() {
        assertThat(hiring.decide(alice, hiring.manager, "HIRE", "Strong panel.").status()).isEqualTo(201);

        Answer second = hiring.decide(alice, hiring.manager, "NO_HIRE", AGAINST_30);
        assertThat(second.status()).as(second.toString()).isEqualTo(409);
        assertThat(second.problemType()).isEqualTo("decision-exists");
        assertThat(count("SELECT count(*) FROM decisions")).isEqualTo(1);
        assertThat(status(alice)).isEqualTo("HIRED");

        assertThat(hiring.reopen(alice, hiring.admin, "The offer fell through.").status()).isEqualTo(403);
        assertThat(hiring.reopen(alice, hiring.manager, "  ").status()).isEqualTo(400);
        assertThat(status(alice)).isEqualTo("HIRED");

        Answer reopened = hiring.reopen(alice, hiring.manager, "The offer fell through.");

        assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
        assertThat(reopened.json().get("decision").isNull()).isTrue();
        JsonNode old = reopened.json().at("/history/0");
        assertThat(old.get("reopenReason").asText()).isEqualTo("The offer fell through.");
        assertThat(old.get("reopenedBy").asText()).isEqualTo(hiring.manager.toString());
        assertThat(old.get("reopenedAt").isNull()).isFalse();
        assertThat(status(alice)).isEqualTo("ACTIVE");
        Answer nothingToReopen = hiring.reopen(alice, hiring.manager, "Again.");
        assertThat(nothingToReopen.status()).isEqualTo(409);

        Answer again = hiring.decide(alice, hiring.manager, "NO_HIRE", AGAINST_30);

        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.json().at("/decision/outcome").asText()).isEqualTo("NO_HIRE");
        assertThat(again.json().get("history")).extracting(h -> h.get("outcome").asText())
                .containsExactly("NO_HIRE", "HIRE");
        assertThat(status(alice)).isEqualTo("REJECTED");
        assertThat(auditActions(alice)).filteredOn("decision.recorded"::equals).hasSize(2);
        assertThat(auditActions(alice)).contains("application.reopened");
    }

    @Test
    void ofTwoDecisionsAtOnceOneStandsAndTheOtherIsAConflict() throws Exception {
        List<Answer> answers = SchedulingFixtures.parallelPosts(api, hiring.token(hiring.manager),
                "/api/v1/applications/" + alice + "/decision", List.of(
                        Map.of("outcome", "HIRE", "rationale", "Strong panel."),
                        Map.of("outcome", "NO_HIRE", "rationale", AGAINST_30),
                        Map.of("outcome", "HIRE", "rationale", "Strong panel, again.")));

        assertThat(answers).extracting(Answer::status).as(answers.toString()).containsOnly(201, 409).containsOnlyOnce(201);
        assertThat(answers).filteredOn(a -> a.status() == 409).allSatisfy(a -> {
            assertThat(a.isProblem()).isTrue();
            assertThat(a.problemType()).isEqualTo("decision-exists");
        });
        assertThat(count("SELECT count(*) FROM decisions")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'decision.recorded'")).isEqualTo(1);
    }

    private String status(UUID applicationId) {
        return ok(api.get("/api/v1/applications/" + applicationId, hiring.token(hiring.manager))).get("status").asText();
    }

    private List<String> auditActions(UUID applicationId) {
        JsonNode page = ok(api.get("/api/v1/audit?entityType=application&entityId=" + applicationId + "&size=100",
                hiring.token(hiring.admin)));
        return StreamSupport.stream(page.get("items").spliterator(), false)
                .map(e -> e.get("action").asText()).toList();
    }
}
