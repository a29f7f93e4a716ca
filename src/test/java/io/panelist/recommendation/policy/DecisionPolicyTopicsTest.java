package io.panelist.recommendation.policy;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.panelist.recommendation.policy.EvidenceBuilder.ALICE;
import static io.panelist.recommendation.policy.EvidenceBuilder.BOB;
import static io.panelist.recommendation.policy.EvidenceBuilder.CAROL;
import static io.panelist.recommendation.policy.EvidenceBuilder.DAN;
import static io.panelist.recommendation.policy.EvidenceBuilder.DESIGN;
import static io.panelist.recommendation.policy.EvidenceBuilder.SCREEN;
import static io.panelist.recommendation.policy.EvidenceBuilder.TECHNICAL;
import static io.panelist.recommendation.policy.EvidenceBuilder.codes;
import static io.panelist.recommendation.policy.EvidenceBuilder.plan;
import static io.panelist.recommendation.policy.EvidenceBuilder.score;
import static io.panelist.recommendation.policy.EvidenceBuilder.topicResult;
import static io.panelist.recommendation.policy.EvidenceBuilder.weight;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * DESIGN.md "Recommendation rules" 1, 2 and 7: the per-topic breakdown (evidence, mean, spread, weight over the stages
 * that gave evidence, calibrated mean, status), the overall score over topics with evidence, and the vote counts.
 */
class DecisionPolicyTopicsTest {

    @Test
    void aTopicReportsItsEvidenceMeanSpreadAndWeight() {
        // security must-have min 3, weight 2.0 in the screen and 1.0 in the technical stage.
        // Alice scores it 3 in the screen, Bob 4 in the technical: evidence 2, mean 3.5, spread 1, weight 3.0.
        Verdict verdict = plan()
                .mustHave("security", 3, weight(SCREEN, 2.0), weight(TECHNICAL, 1.0))
                .scorecard(SCREEN, ALICE, "YES", score("security", 3))
                .scorecard(TECHNICAL, BOB, "STRONG_YES", score("security", 4))
                .decide();

        Verdict.TopicResult security = topicResult(verdict, "security");
        assertThat(security.mustHave()).isTrue();
        assertThat(security.minScore()).isEqualTo(3);
        assertThat(security.evidence()).isEqualTo(2);
        assertThat(security.mean()).isEqualTo(3.5);
        assertThat(security.spread()).isEqualTo(1);
        assertThat(security.weight()).isEqualTo(3.0);
        assertThat(security.status()).isEqualTo("MET");
        assertThat(verdict.overallScore()).isEqualTo(3.5);
    }

    @Test
    void theWeightSumsOnlyTheStagesThatGaveEvidence() {
        // security: weight 2.0 screen, 1.0 technical, 3.0 design. Scored 3 in the screen (Alice) and 3 in the
        // technical (Bob); Carol and Dan in the design stage leave it "not assessed". weight = 2.0 + 1.0 = 3.0.
        // api-design: weight 3.0 in design, 4 and 4 -> 4.
        // overall = (3.0 * 3 + 3.0 * 4) / (3.0 + 3.0) = 21 / 6 = 3.5 -> STRONG_HIRE.
        // (Counting the design weight of security too would give (6.0 * 3 + 3.0 * 4) / 9 = 3.33, a mere HIRE.)
        Verdict verdict = plan()
                .topic("security", weight(SCREEN, 2.0), weight(TECHNICAL, 1.0), weight(DESIGN, 3.0))
                .topic("api-design", weight(DESIGN, 3.0))
                .scorecard(SCREEN, ALICE, "YES", score("security", 3))
                .scorecard(TECHNICAL, BOB, "YES", score("security", 3))
                .scorecard(DESIGN, CAROL, "STRONG_YES", score("api-design", 4))
                .scorecard(DESIGN, DAN, "STRONG_YES", score("api-design", 4))
                .decide();

        assertThat(topicResult(verdict, "security").weight()).isEqualTo(3.0);
        assertThat(topicResult(verdict, "api-design").weight()).isEqualTo(3.0);
        assertThat(verdict.overallScore()).isEqualTo(3.5);
        assertThat(verdict.outcome()).isEqualTo(Outcome.STRONG_HIRE);
    }

    @Test
    void aStageCountsItsWeightOnceHoweverManyScoresItGave() {
        // api-design weight 2.0 in the technical stage. Alice sat two technical interviews (2, then 4), Bob one (3):
        // evidence 3, mean 9/3 = 3, spread 4 - 2 = 2, weight 2.0 (not 2.0 per score).
        // testing weight 1.0 in the screen: Carol 4.
        // overall = (2.0 * 3 + 1.0 * 4) / 3.0 = 10/3 = 3.33.
        Verdict verdict = plan()
                .topic("api-design", weight(TECHNICAL, 2.0))
                .topic("testing", weight(SCREEN, 1.0))
                .scorecard(TECHNICAL, ALICE, "NO", score("api-design", 2))
                .scorecard(TECHNICAL, ALICE, "STRONG_YES", score("api-design", 4))
                .scorecard(TECHNICAL, BOB, "YES", score("api-design", 3))
                .scorecard(SCREEN, CAROL, "STRONG_YES", score("testing", 4))
                .decide();

        Verdict.TopicResult api = topicResult(verdict, "api-design");
        assertThat(api.evidence()).isEqualTo(3);
        assertThat(api.mean()).isEqualTo(3.0);
        assertThat(api.spread()).isEqualTo(2);
        assertThat(api.weight()).isEqualTo(2.0);
        assertThat(verdict.overallScore()).isCloseTo(10.0 / 3, within(1e-12));
    }

    @Test
    void aNotAssessedTopicHasNoEvidenceAndStaysOutOfTheOverallScore() {
        // security must-have: 3 and 4 -> 3.5; api-design: 4 and 4 -> 4; testing (weight 5.0) nobody assessed.
        // overall = (3.5 + 4) / 2 = 3.75 over the two topics with evidence -> STRONG_HIRE, not insufficient.
        Verdict verdict = plan()
                .mustHave("security", 3, weight(TECHNICAL, 1.0))
                .topic("api-design", weight(TECHNICAL, 1.0))
                .topic("testing", weight(TECHNICAL, 5.0))
                .scorecard(TECHNICAL, ALICE, "YES", score("security", 3), score("api-design", 4))
                .scorecard(TECHNICAL, BOB, "STRONG_YES", score("security", 4), score("api-design", 4))
                .decide();

        Verdict.TopicResult testing = topicResult(verdict, "testing");
        assertThat(testing.evidence()).isZero();
        assertThat(testing.mean()).isNull();
        assertThat(testing.calibratedMean()).isNull();
        assertThat(testing.spread()).isNull();
        assertThat(testing.weight()).isZero();
        assertThat(testing.status()).isEqualTo("NO_EVIDENCE");
        assertThat(verdict.overallScore()).isEqualTo(3.75);
        assertThat(verdict.outcome()).isEqualTo(Outcome.STRONG_HIRE);
    }

    @Test
    void statusIsBelowMinOnlyForAMustHaveUnderItsMinimum() {
        // security must-have min 3: 2 and 3 -> 2.5 -> BELOW_MIN.
        // api-design min 3 but not a must-have: 2 and 3 -> 2.5 -> MET.
        // testing must-have min 3: 3 and 3 -> exactly 3.0 -> MET.
        Verdict verdict = plan()
                .mustHave("security", 3, weight(TECHNICAL, 1.0))
                .topic("api-design", false, 3, weight(TECHNICAL, 1.0))
                .mustHave("testing", 3, weight(TECHNICAL, 1.0))
                .scorecard(TECHNICAL, ALICE, "NO", score("security", 2), score("api-design", 2), score("testing", 3))
                .scorecard(TECHNICAL, BOB, "YES", score("security", 3), score("api-design", 3), score("testing", 3))
                .decide();

        assertThat(verdict.topics()).extracting(Verdict.TopicResult::topicKey, Verdict.TopicResult::status)
                .containsExactly(tuple("security", "BELOW_MIN"),
                        tuple("api-design", "MET"),
                        tuple("testing", "MET"));
        assertThat(codes(verdict.reasons())).containsExactly("MUST_HAVE_BELOW_MIN:security");
    }

    @Test
    void calibratedMeanSubtractsEachInterviewersSeverityAndTheOutcomeFollowsIt() {
        // security: Alice 4 (severity +0.5), Bob 3 (-0.25), Carol 2 (not in the estimate: 0).
        // calibratedMean = ((4 - 0.5) + (3 + 0.25) + (2 - 0)) / 3 = 8.75 / 3 = 2.9167; the raw mean stays 3.0.
        // overallScore = 2.9167 -> NO_HIRE; rawScore = 3.0 would have been HIRE.
        Verdict verdict = plan()
                .topic("security", weight(TECHNICAL, 1.0))
                .scorecard(TECHNICAL, ALICE, "STRONG_YES", score("security", 4))
                .scorecard(TECHNICAL, BOB, "YES", score("security", 3))
                .scorecard(TECHNICAL, CAROL, "NO", score("security", 2))
                .severity(ALICE, 0.5)
                .severity(BOB, -0.25)
                .decide();

        Verdict.TopicResult security = topicResult(verdict, "security");
        assertThat(security.mean()).isEqualTo(3.0);
        assertThat(security.calibratedMean()).isCloseTo(8.75 / 3, within(1e-12));
        assertThat(verdict.rawScore()).isEqualTo(3.0);
        assertThat(verdict.overallScore()).isCloseTo(8.75 / 3, within(1e-12));
        assertThat(verdict.outcome()).isEqualTo(Outcome.NO_HIRE);
        assertThat(codes(verdict.reasons())).containsExactly("BELOW_HIRE_THRESHOLD", "CALIBRATION_CHANGED_OUTCOME");
    }

    @Test
    void calibratedMeanClampsTheMeanNotEachTerm() {
        // Alice 4 with shrunkBias -0.6 -> 4.6; Bob 2 with +0.4 -> 1.6.
        // mean of the terms = (4.6 + 1.6) / 2 = 3.1, inside [1, 4], so 3.1.
        // (Clamping each term first would give (4.0 + 1.6) / 2 = 2.8.)
        Verdict verdict = plan()
                .topic("security", weight(TECHNICAL, 1.0))
                .scorecard(TECHNICAL, ALICE, "YES", score("security", 4))
                .scorecard(TECHNICAL, BOB, "NO", score("security", 2))
                .severity(ALICE, -0.6)
                .severity(BOB, 0.4)
                .decide();

        assertThat(topicResult(verdict, "security").calibratedMean()).isCloseTo(3.1, within(1e-12));
    }

    @Test
    void calibratedMeanIsClampedToOneAndFour() {
        // api-design: Alice 4 and Bob 4, both shrunkBias -0.5 -> (4.5 + 4.5) / 2 = 4.5 -> clamped to 4.0.
        // testing: Carol 1 and Dan 1, both +0.3 -> (0.7 + 0.7) / 2 = 0.7 -> clamped to 1.0.
        Verdict verdict = plan()
                .topic("api-design", weight(TECHNICAL, 1.0))
                .topic("testing", weight(SCREEN, 1.0))
                .scorecard(TECHNICAL, ALICE, "STRONG_YES", score("api-design", 4))
                .scorecard(TECHNICAL, BOB, "STRONG_YES", score("api-design", 4))
                .scorecard(SCREEN, CAROL, "STRONG_NO", score("testing", 1))
                .scorecard(SCREEN, DAN, "STRONG_NO", score("testing", 1))
                .severity(ALICE, -0.5)
                .severity(BOB, -0.5)
                .severity(CAROL, 0.3)
                .severity(DAN, 0.3)
                .decide();

        assertThat(topicResult(verdict, "api-design").calibratedMean()).isEqualTo(4.0);
        assertThat(topicResult(verdict, "testing").calibratedMean()).isEqualTo(1.0);
    }

    @Test
    void votesAreCountedPerVote() {
        Verdict verdict = plan()
                .topic("api-design", weight(TECHNICAL, 1.0))
                .scorecard(TECHNICAL, ALICE, "STRONG_NO", score("api-design", 1))
                .scorecard(TECHNICAL, BOB, "NO", score("api-design", 2))
                .scorecard(TECHNICAL, CAROL, "YES", score("api-design", 3))
                .scorecard(TECHNICAL, DAN, "YES", score("api-design", 3))
                .scorecard(SCREEN, ALICE, "STRONG_YES")
                .decide();

        assertThat(verdict.votes()).isEqualTo(Map.of("STRONG_NO", 1, "NO", 1, "YES", 2, "STRONG_YES", 1));
    }

    @Test
    void withoutScorecardsEveryVoteCountsZero() {
        Verdict verdict = plan().topic("api-design", weight(TECHNICAL, 1.0)).pending(1).decide();

        assertThat(verdict.votes()).isEqualTo(Map.of("STRONG_NO", 0, "NO", 0, "YES", 0, "STRONG_YES", 0));
    }
}
