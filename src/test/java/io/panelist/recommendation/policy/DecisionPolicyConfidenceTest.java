package io.panelist.recommendation.policy;

import org.junit.jupiter.api.Test;

import static io.panelist.recommendation.policy.EvidenceBuilder.ALICE;
import static io.panelist.recommendation.policy.EvidenceBuilder.BOB;
import static io.panelist.recommendation.policy.EvidenceBuilder.SCREEN;
import static io.panelist.recommendation.policy.EvidenceBuilder.TECHNICAL;
import static io.panelist.recommendation.policy.EvidenceBuilder.codes;
import static io.panelist.recommendation.policy.EvidenceBuilder.plan;
import static io.panelist.recommendation.policy.EvidenceBuilder.score;
import static io.panelist.recommendation.policy.EvidenceBuilder.weight;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * DESIGN.md "Recommendation rules, version 2", confidence, first that applies: LOW for INSUFFICIENT_EVIDENCE, a
 * must-have with evidence under 2, a must-have spread DISAGREEMENT, or a side probability under 0.7; HIGH when the
 * side probability is at least 0.9, no scorecard is pending and nobody disagrees; else MEDIUM. Worked by hand: with two
 * topics of weight 1 and two scores each, the overall score's standard error is sqrt(2 * sigma2 / 2) / 2, 0.1581 for
 * sigma2 0.1 and 0.3536 for the prior 0.5.
 */
class DecisionPolicyConfidenceTest {

    /** security (must-have, minimum 3) and api-design, both in the technical stage. */
    private static EvidenceBuilder panel() {
        return plan()
                .mustHave("security", 3, weight(TECHNICAL, 1.0))
                .topic("api-design", weight(TECHNICAL, 1.0));
    }

    /** security 3, 4; api-design 3, 3: overall 3.25, HIRE. */
    private static EvidenceBuilder aQuarterAboveTheBar() {
        return panel()
                .scorecard(TECHNICAL, ALICE, "YES", score("security", 3), score("api-design", 3))
                .scorecard(TECHNICAL, BOB, "YES", score("security", 4), score("api-design", 3));
    }

    @Test
    void highWhenSureOfTheSideWithNothingPendingAndNobodyDisagreeing() {
        // Phi(0.25 / 0.1581) = Phi(1.5811) = 0.9431 >= 0.9
        Verdict verdict = aQuarterAboveTheBar().sigma2(0.1).decide();

        assertThat(verdict.outcome()).isEqualTo(Outcome.HIRE);
        assertThat(verdict.probabilityAtLeastHire()).isCloseTo(0.9431, within(1e-4));
        assertThat(verdict.flags()).isEmpty();
        assertThat(verdict.confidence()).isEqualTo(Confidence.HIGH);
    }

    @Test
    void mediumWhileAScorecardIsPendingAndThePendingScorecardIsAReason() {
        Verdict verdict = aQuarterAboveTheBar().sigma2(0.1).pending(1).decide();

        assertThat(verdict.confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(codes(verdict.reasons())).containsExactly("ABOVE_HIRE_THRESHOLD", "SCORECARDS_PENDING");
    }

    @Test
    void mediumWhenTheSideIsBetweenSeventyAndNinetyPercentSure() {
        // the prior sigma2 0.5: Phi(0.25 / 0.3536) = Phi(0.7071) = 0.7602
        Verdict verdict = aQuarterAboveTheBar().decide();

        assertThat(verdict.probabilityAtLeastHire()).isCloseTo(0.7602, within(1e-4));
        assertThat(verdict.confidence()).isEqualTo(Confidence.MEDIUM);
    }

    @Test
    void lowOnAScoreRightAtTheBar() {
        // every score 3: overall 3.0 meets the bar, HIRE, but Phi(0) = 0.5 < 0.7
        Verdict verdict = panel().sigma2(0.1)
                .scorecard(TECHNICAL, ALICE, "YES", score("security", 3), score("api-design", 3))
                .scorecard(TECHNICAL, BOB, "YES", score("security", 3), score("api-design", 3))
                .decide();

        assertThat(verdict.outcome()).isEqualTo(Outcome.HIRE);
        assertThat(verdict.probabilityAtLeastHire()).isEqualTo(0.5);
        assertThat(verdict.confidence()).isEqualTo(Confidence.LOW);
    }

    @Test
    void aNoHireByScoreIsAsSureAsTheCandidateIsBelowTheBar() {
        // security 3, 3; api-design 2, 2: overall 2.5, NO_HIRE; 1 - Phi(-0.5 / 0.1581) = 0.9992
        Verdict verdict = panel().sigma2(0.1)
                .scorecard(TECHNICAL, ALICE, "NO", score("security", 3), score("api-design", 2))
                .scorecard(TECHNICAL, BOB, "NO", score("security", 3), score("api-design", 2))
                .decide();

        assertThat(verdict.outcome()).isEqualTo(Outcome.NO_HIRE);
        assertThat(1 - verdict.probabilityAtLeastHire()).isCloseTo(0.9992, within(1e-4));
        assertThat(verdict.confidence()).isEqualTo(Confidence.HIGH);
    }

    @Test
    void aMissedMinimumIsAsSureAsTheTopicIsBelowItWhateverTheOverallScore() {
        // security 2, 3 (mean 2.5 under its minimum 3; topic se sqrt(0.5 / 2) = 0.5); api-design 4, 4: overall 3.25
        // would be a hire, but the must-have rule makes it NO_HIRE, as sure as Phi((3 - 2.5) / 0.5) = 0.8413
        Verdict verdict = panel()
                .scorecard(TECHNICAL, ALICE, "NO", score("security", 2), score("api-design", 4))
                .scorecard(TECHNICAL, BOB, "YES", score("security", 3), score("api-design", 4))
                .decide();

        assertThat(verdict.outcome()).isEqualTo(Outcome.NO_HIRE);
        // votes on both sides (a disagreement, so not HIGH either way), and Alice's NO on her own mean 3.0
        assertThat(codes(verdict.flags())).containsExactly("DISAGREEMENT", "VOTE_SCORE_MISMATCH");
        assertThat(verdict.confidence()).isEqualTo(Confidence.MEDIUM);
    }

    @Test
    void aMinimumMissedByAWholePointIsSureEnoughForHigh() {
        // security 2, 2: Phi((3 - 2) / 0.5) = Phi(2) = 0.9772
        Verdict verdict = panel()
                .scorecard(TECHNICAL, ALICE, "NO", score("security", 2), score("api-design", 4))
                .scorecard(TECHNICAL, BOB, "NO", score("security", 2), score("api-design", 4))
                .decide();

        assertThat(verdict.outcome()).isEqualTo(Outcome.NO_HIRE);
        assertThat(verdict.confidence()).isEqualTo(Confidence.HIGH);
    }

    @Test
    void aMustHaveScoredOneIsCertainOnItsSide() {
        // security 1, 2: a 1 was given, so its side probability is 1 (Phi((3 - 1.5) / 0.5) would be 0.9987)
        Verdict verdict = panel()
                .scorecard(TECHNICAL, ALICE, "STRONG_NO", score("security", 1), score("api-design", 3))
                .scorecard(TECHNICAL, BOB, "NO", score("security", 2), score("api-design", 3))
                .decide();

        assertThat(codes(verdict.reasons())).contains("MUST_HAVE_BELOW_MIN:security", "MUST_HAVE_SCORED_ONE:security");
        assertThat(verdict.confidence()).isEqualTo(Confidence.HIGH);
    }

    @Test
    void aVoteScoreMismatchAloneKeepsConfidenceHigh() {
        // Bob votes NO on his own mean 3.0: a mismatch, but no disagreement. security 2, 3 (mean 2.5, under its
        // minimum 3; topic se sqrt(0.1 / 2) = 0.2236): NO_HIRE as sure as Phi(0.5 / 0.2236) = Phi(2.236) = 0.9873
        Verdict verdict = panel().sigma2(0.1)
                .scorecard(TECHNICAL, ALICE, "NO", score("security", 2), score("api-design", 2))
                .scorecard(TECHNICAL, BOB, "NO", score("security", 3), score("api-design", 3))
                .decide();

        assertThat(verdict.outcome()).isEqualTo(Outcome.NO_HIRE);
        assertThat(codes(verdict.flags())).containsExactly("VOTE_SCORE_MISMATCH");
        assertThat(verdict.confidence()).isEqualTo(Confidence.HIGH);
    }

    @Test
    void mediumWhenANiceToHaveTopicHasASpreadDisagreement() {
        // security 4, 4; api-design 2, 4 (spread 2, not a must-have): overall 3.5, Phi(0.5 / 0.1581) = 0.9992
        Verdict verdict = panel().sigma2(0.1)
                .scorecard(TECHNICAL, ALICE, "YES", score("security", 4), score("api-design", 2))
                .scorecard(TECHNICAL, BOB, "YES", score("security", 4), score("api-design", 4))
                .decide();

        assertThat(codes(verdict.flags())).containsExactly("DISAGREEMENT:api-design");
        assertThat(verdict.confidence()).isEqualTo(Confidence.MEDIUM);
    }

    @Test
    void mediumWhenOnlyTheVotesDisagree() {
        // security 4, 4; api-design 4, 3: overall 3.75, sure of a hire; Bob votes NO on his own mean 3.5 (a mismatch)
        Verdict verdict = panel().sigma2(0.1)
                .scorecard(TECHNICAL, ALICE, "YES", score("security", 4), score("api-design", 4))
                .scorecard(TECHNICAL, BOB, "NO", score("security", 4), score("api-design", 3))
                .decide();

        assertThat(codes(verdict.flags())).containsExactly("DISAGREEMENT", "VOTE_SCORE_MISMATCH");
        assertThat(verdict.confidence()).isEqualTo(Confidence.MEDIUM);
    }

    @Test
    void lowWhenAMustHaveHasOneScoreHoweverSureTheScore() {
        Verdict verdict = panel().sigma2(0.01)
                .scorecard(TECHNICAL, ALICE, "YES", score("security", 4), score("api-design", 4))
                .scorecard(TECHNICAL, BOB, "YES", score("api-design", 4))
                .decide();

        assertThat(codes(verdict.flags())).containsExactly("THIN_EVIDENCE:security");
        assertThat(verdict.confidence()).isEqualTo(Confidence.LOW);
    }

    @Test
    void lowWhenAMustHaveHasNoScore() {
        Verdict verdict = panel()
                .scorecard(TECHNICAL, ALICE, "YES", score("api-design", 3))
                .scorecard(TECHNICAL, BOB, "YES", score("api-design", 3))
                .decide();

        assertThat(verdict.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
        assertThat(verdict.confidence()).isEqualTo(Confidence.LOW);
    }

    @Test
    void lowWhenAMustHaveHasASpreadDisagreement() {
        // security 2 and 4 -> spread 2 on a must-have; mean 3 meets its min 3.
        Verdict verdict = panel().sigma2(0.01)
                .scorecard(TECHNICAL, ALICE, "YES", score("security", 2), score("api-design", 4))
                .scorecard(TECHNICAL, BOB, "YES", score("security", 4), score("api-design", 4))
                .decide();

        assertThat(codes(verdict.flags())).containsExactly("DISAGREEMENT:security");
        assertThat(verdict.confidence()).isEqualTo(Confidence.LOW);
    }

    @Test
    void theIntervalIsTheOverallScorePlusOrMinusEightyPercentOfTheErrorClampedToTheScale() {
        // 3.25 -/+ 1.2816 * 0.3536 = 2.7969 .. 3.7031
        Verdict verdict = aQuarterAboveTheBar().decide();

        assertThat(verdict.interval().low()).isCloseTo(3.25 - 1.2816 * Math.sqrt(0.5) / 2, within(1e-9));
        assertThat(verdict.interval().high()).isCloseTo(3.25 + 1.2816 * Math.sqrt(0.5) / 2, within(1e-9));

        Verdict top = panel()
                .scorecard(TECHNICAL, ALICE, "STRONG_YES", score("security", 4), score("api-design", 4))
                .scorecard(TECHNICAL, BOB, "STRONG_YES", score("security", 4), score("api-design", 4))
                .decide();
        assertThat(top.interval().high()).isEqualTo(4.0);
    }

    @Test
    void withoutEvidenceThereIsNoIntervalNorProbability() {
        Verdict verdict = plan().topic("testing", weight(SCREEN, 1.0)).pending(1).decide();

        assertThat(verdict.overallScore()).isNull();
        assertThat(verdict.interval()).isNull();
        assertThat(verdict.probabilityAtLeastHire()).isNull();
        assertThat(verdict.confidence()).isEqualTo(Confidence.LOW);
    }
}
