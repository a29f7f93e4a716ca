package io.panelist.recommendation;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.recommendation.RecommendationFixtures.Card;
import io.panelist.recommendation.RecommendationFixtures.Hiring;
import io.panelist.recommendation.RecommendationFixtures.Opening;
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
 * Decisions keep the evidence they saw: while scorecards are pending a decision needs {@code acknowledgePending};
 * once a scorecard is submitted or amended after it, the decision, the ranking and the recommendation say so.
 * Alice's technical round (Ana and Ben) is submitted: HIRE at 3.33. Bob's technical round has Ana submitted and Ben
 * still to submit.
 */
class DecisionEvidenceApiTest extends IntegrationTest {
    @Inject
    RecommendationFixtures fixtures;
    Hiring hiring;
    Opening opening;
    UUID alice;
    UUID aliceTechnical;
    UUID bob;
    UUID bobTechnical;

    @BeforeEach
    void aliceIsFullyScoredAndBobAwaitsBen() {
        hiring = fixtures.hiring(api);
        opening = hiring.opening("Backend Engineer", hiring.manager);
        alice = hiring.applicant(opening, "Alice Archer");
        aliceTechnical = hiring.interview(alice, opening.technicalStageId(), hiring.ana, hiring.ben);
        hiring.submit(aliceTechnical, hiring.ana, Card.of("STRONG_YES", "security", 4, "testing", 3));
        hiring.submit(aliceTechnical, hiring.ben, Card.of("YES", "security", 3, "testing", 3));
        bob = hiring.applicant(opening, "Bob Baker");
        bobTechnical = hiring.interview(bob, opening.technicalStageId(), hiring.ana, hiring.ben);
        hiring.submit(bobTechnical, hiring.ana, Card.of("YES", "security", 3, "testing", 3));
    }

    @Test
    void aDecisionWhileAScorecardIsPendingIsAConflictThatSaysHowManyAndHowToProceed() {
        Answer refused = hiring.decide(bob, hiring.manager, "NO_HIRE", "Not enough depth.");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("type").asText()).isEqualTo("urn:panelist:problem:scorecards-pending");
        assertThat(refused.json().get("detail").asText()).contains("1 scorecard of this application is still pending",
                "\"acknowledgePending\": true");
        assertThat(refused.json().get("errors")).extracting(e -> e.get("field").asText())
                .containsExactly("acknowledgePending");
        Answer notAcknowledged = hiring.decide(bob, hiring.manager, "NO_HIRE", "Not enough depth.", false);
        assertThat(notAcknowledged.status()).as(notAcknowledged.toString()).isEqualTo(409);
        assertThat(count("SELECT count(*) FROM decisions")).isZero();
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'decision.recorded'")).isZero();
    }

    @Test
    void acknowledgingThePendingScorecardsRecordsTheDecisionAndAuditsTheAcknowledgement() {
        Answer decided = hiring.decide(bob, hiring.manager, "HIRE", "Good enough.", true);

        assertThat(decided.status()).as(decided.toString()).isEqualTo(201);
        assertThat(decided.json().at("/decision/pendingAcknowledged").asInt()).isEqualTo(1);
        assertThat(decided.json().at("/decision/recommendation/scorecardsPending").asInt()).isEqualTo(1);
        assertThat(decided.json().get("evidenceChangedSince").asBoolean()).isFalse();
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'decision.recorded' AND entity_id = '"
                + bob + "' AND details ->> 'pendingAcknowledged' = 'true' AND details ->> 'scorecardsPending' = '1'"))
                .isOne();
    }

    @Test
    void acknowledgePendingMustBeABooleanAndIsNotNeededWhenNothingIsPending() {
        for (Object notABoolean : List.of("yes", 1, "true", List.of(true), Map.of("value", true))) {
            Answer refused = hiring.decide(bob, hiring.manager, "NO_HIRE", "Not enough depth.", notABoolean);
            assertThat(refused.status()).as(notABoolean + ": " + refused).isEqualTo(400);
            assertThat(refused.isProblem()).isTrue();
        }
        assertThat(count("SELECT count(*) FROM decisions")).isZero();

        Answer withoutPending = hiring.decide(alice, hiring.manager, "HIRE", "Strong panel.", null);

        assertThat(withoutPending.status()).as(withoutPending.toString()).isEqualTo(201);
        assertThat(withoutPending.json().at("/decision/pendingAcknowledged").asInt()).isZero();
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'decision.recorded' AND entity_id = '"
                + alice + "' AND details ->> 'pendingAcknowledged' = 'false'")).isOne();
    }

    @Test
    void anAmendmentAfterTheDecisionMarksItsEvidenceChangedInTheDecisionTheRankingAndTheRecommendation() {
        Answer decided = hiring.decide(alice, hiring.manager, "HIRE", "Strong panel.");
        assertThat(decided.status()).as(decided.toString()).isEqualTo(201);
        assertThat(decided.json().get("evidenceChangedSince").asBoolean()).isFalse();
        assertThat(decided.json().at("/decision/evidenceChangedSince").asBoolean()).isFalse();
        assertThat(ok(hiring.decision(alice, hiring.manager)).get("evidenceChangedSince").asBoolean()).isFalse();
        assertThat(rankingItem(alice).get("decisionStale").asBoolean()).isFalse();
        int flagsBefore = rankingItem(alice).get("flagCount").asInt();
        assertThat(flagCodes(alice)).doesNotContain("EVIDENCE_CHANGED_SINCE_DECISION");

        hiring.amend(aliceTechnical, hiring.ben, Card.of("YES", "security", 3, "testing", 2));

        JsonNode read = ok(hiring.decision(alice, hiring.manager));
        assertThat(read.get("evidenceChangedSince").asBoolean()).isTrue();
        assertThat(read.at("/decision/evidenceChangedSince").asBoolean()).isTrue();
        assertThat(ok(hiring.decision(alice, hiring.recruiter)).get("evidenceChangedSince").asBoolean()).isTrue();
        JsonNode ranked = rankingItem(alice);
        assertThat(ranked.get("decisionStale").asBoolean()).isTrue();
        // Ben amended when he could already read Ana's scorecard: that is a flag of its own
        assertThat(ranked.get("flagCount").asInt()).isEqualTo(flagsBefore + 2);
        assertThat(rankingItem(bob).get("decisionStale").asBoolean()).isFalse();
        assertThat(flagCodes(alice)).containsOnlyOnce("EVIDENCE_CHANGED_SINCE_DECISION", "AMENDED_AFTER_SEEING_PANEL");
        assertThat(flagCodes(bob)).doesNotContain("EVIDENCE_CHANGED_SINCE_DECISION");
    }

    @Test
    void theScorecardThatWasPendingWhenAcknowledgedMarksTheDecisionChangedOnceSubmitted() {
        assertThat(hiring.decide(bob, hiring.manager, "HIRE", "Good enough.", true).status()).isEqualTo(201);
        assertThat(ok(hiring.decision(bob, hiring.manager)).get("evidenceChangedSince").asBoolean()).isFalse();

        hiring.submit(bobTechnical, hiring.ben, Card.of("NO", "security", 2, "testing", 3));

        assertThat(ok(hiring.decision(bob, hiring.manager)).get("evidenceChangedSince").asBoolean()).isTrue();
        assertThat(rankingItem(bob).get("decisionStale").asBoolean()).isTrue();
        assertThat(flagCodes(bob)).contains("EVIDENCE_CHANGED_SINCE_DECISION");
    }

    @Test
    void aReopenedDecisionKeepsItsHistoryAndTheNewDecisionStartsFromTheEvidenceAsItIs() {
        assertThat(hiring.decide(alice, hiring.manager, "HIRE", "Strong panel.").status()).isEqualTo(201);
        hiring.amend(aliceTechnical, hiring.ben, Card.of("YES", "security", 3, "testing", 2));
        assertThat(hiring.reopen(alice, hiring.manager, "Ben changed his testing score.").status()).isEqualTo(200);

        Answer again = hiring.decide(alice, hiring.manager, "HIRE", "Still a strong panel.");

        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.json().get("evidenceChangedSince").asBoolean()).isFalse();
        assertThat(again.json().get("history")).extracting(h -> h.get("evidenceChangedSince").asBoolean())
                .containsExactly(false, true);
        assertThat(rankingItem(alice).get("decisionStale").asBoolean()).isFalse();
        assertThat(flagCodes(alice)).doesNotContain("EVIDENCE_CHANGED_SINCE_DECISION");
    }

    @Test
    void theLatestDecisionIsReadOnlyByThoseWhoMaySeeTheApplicationsRecommendation() {
        UUID aliceDesign = hiring.interview(alice, opening.designStageId(), hiring.cleo);
        assertThat(hiring.decide(alice, hiring.manager, "HIRE", "Strong panel.", true).status()).isEqualTo(201);

        for (UUID allowed : List.of(hiring.manager, hiring.recruiter, hiring.admin)) {
            Answer read = hiring.decision(alice, allowed);
            assertThat(read.status()).as(read.toString()).isEqualTo(200);
            assertThat(read.json().at("/decision/outcome").asText()).isEqualTo("HIRE");
        }
        Answer otherManager = hiring.decision(alice, hiring.otherManager);
        assertThat(otherManager.status()).as(otherManager.toString()).isEqualTo(404);
        assertThat(otherManager.isProblem()).isTrue();
        Answer notOnThePanel = hiring.decision(alice, hiring.dan);
        assertThat(notOnThePanel.status()).as(notOnThePanel.toString()).isEqualTo(404);
        // an interviewer on Alice's panel (Cleo, her design scorecard still to submit) reads no decision
        Answer stillScoring = hiring.decision(alice, hiring.cleo);
        assertThat(stillScoring.status()).as(stillScoring.toString()).isEqualTo(403);
        assertThat(stillScoring.isProblem()).isTrue();
        Answer withoutToken = api.get("/api/v1/applications/" + alice + "/decision", null);
        assertThat(withoutToken.status()).isEqualTo(401);
        assertThat(aliceDesign).isNotNull();
    }

    private JsonNode rankingItem(UUID applicationId) {
        JsonNode ranking = ok(api.get("/api/v1/positions/" + opening.positionId() + "/ranking",
                hiring.token(hiring.manager)));
        return StreamSupport.stream(ranking.spliterator(), false)
                .filter(i -> i.get("applicationId").asText().equals(applicationId.toString())).findFirst()
                .orElseThrow();
    }

    private List<String> flagCodes(UUID applicationId) {
        JsonNode flags = ok(hiring.recommendation(applicationId, hiring.manager)).get("flags");
        return StreamSupport.stream(flags.spliterator(), false).map(f -> f.get("code").asText()).toList();
    }
}
