package io.panelist.recommendation.policy;

import org.junit.jupiter.api.Test;

import static io.panelist.recommendation.policy.EvidenceBuilder.ALICE;
import static io.panelist.recommendation.policy.EvidenceBuilder.BOB;
import static io.panelist.recommendation.policy.EvidenceBuilder.CAROL;
import static io.panelist.recommendation.policy.EvidenceBuilder.TECHNICAL;
import static io.panelist.recommendation.policy.EvidenceBuilder.codes;
import static io.panelist.recommendation.policy.EvidenceBuilder.plan;
import static io.panelist.recommendation.policy.EvidenceBuilder.score;
import static io.panelist.recommendation.policy.EvidenceBuilder.topicResult;
import static io.panelist.recommendation.policy.EvidenceBuilder.weight;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * DESIGN.md "Recommendation rules, version 2": the outcome rules read the calibrated means (a must-have's minimum
 * too), "a must-have got a 1" stays on the scores as given, rawScore is Part 1's overallScore, and when the outcome
 * without calibration differs, CALIBRATION_CHANGED_OUTCOME names who moved it. Worked by hand.
 */
class DecisionPolicyCalibrationTest {

    /** security (must-have, minimum 3) and testing, in the technical stage. */
    private static EvidenceBuilder panel() {
        return plan()
                .mustHave("security", 3, weight(TECHNICAL, 1.0))
                .topic("testing", weight(TECHNICAL, 1.0));
    }

    @Test
    void aLenientInterviewersHighScoresNoLongerCarryAHire() {
        // Ana (severity +1.4) 4 and 4, Ben (new, 0) 3 and 3: raw means 3.5, so Part 1 says STRONG_HIRE.
        // Calibrated: ((4 - 1.4) + 3) / 2 = 2.8 on both topics; security misses its minimum 3: NO_HIRE.
        Verdict verdict = panel()
                .scorecard(TECHNICAL, ALICE, "STRONG_YES", score("security", 4), score("testing", 4))
                .scorecard(TECHNICAL, BOB, "YES", score("security", 3), score("testing", 3))
                .severity(ALICE, 1.4)
                .named(ALICE, "Ana Lopez")
                .decide();

        assertThat(verdict.rawScore()).isEqualTo(3.5);
        assertThat(verdict.overallScore()).isCloseTo(2.8, within(1e-12));
        assertThat(topicResult(verdict, "security").status()).isEqualTo("BELOW_MIN");
        assertThat(verdict.outcome()).isEqualTo(Outcome.NO_HIRE);
        assertThat(codes(verdict.reasons())).containsExactly("MUST_HAVE_BELOW_MIN:security",
                "CALIBRATION_CHANGED_OUTCOME");
        assertThat(verdict.reasons().get(0).message()).isEqualTo(
                "Must-have topic security averages 2.80 adjusted for rater severity (3.50 as scored), below its"
                        + " minimum of 3.");
        assertThat(verdict.reasons().get(1).message()).isEqualTo(
                "Ana Lopez usually scores 1.4 above the panel; without that adjustment this would be Strong hire.");
    }

    @Test
    void aHarshInterviewersLowScoresNoLongerSinkAHire() {
        // Ana 3 and 3 (severity -0.6), Ben 3 and 2 (0): raw overall (3 + 2.5) / 2 = 2.75, NO_HIRE.
        // Calibrated: security (3.6 + 3) / 2 = 3.3, testing (3.6 + 2) / 2 = 2.8: overall 3.05, HIRE.
        Verdict verdict = panel()
                .scorecard(TECHNICAL, ALICE, "YES", score("security", 3), score("testing", 3))
                .scorecard(TECHNICAL, BOB, "YES", score("security", 3), score("testing", 2))
                .severity(ALICE, -0.6)
                .named(ALICE, "Ana Lopez")
                .decide();

        assertThat(verdict.rawScore()).isEqualTo(2.75);
        assertThat(verdict.overallScore()).isCloseTo(3.05, within(1e-12));
        assertThat(verdict.outcome()).isEqualTo(Outcome.HIRE);
        assertThat(verdict.reasons().get(1).message()).isEqualTo(
                "Ana Lopez usually scores 0.6 below the panel; without that adjustment this would be No hire.");
    }

    @Test
    void aOneOnAMustHaveCountsAsGivenWhateverTheCalibration() {
        // Ana (severity -1.5) gave security a 1: calibrated 2.5, still "a 1 was given", so at best NO_HIRE
        Verdict verdict = panel()
                .scorecard(TECHNICAL, ALICE, "NO", score("security", 1), score("testing", 4))
                .scorecard(TECHNICAL, BOB, "YES", score("security", 4), score("testing", 4))
                .severity(ALICE, -1.5)
                .decide();

        assertThat(topicResult(verdict, "security").calibratedMean()).isCloseTo((2.5 + 4) / 2, within(1e-12));
        assertThat(verdict.outcome()).isEqualTo(Outcome.NO_HIRE);
        assertThat(codes(verdict.reasons())).containsExactly("MUST_HAVE_SCORED_ONE:security");
    }

    @Test
    void theReasonNamesOnlyThoseWhoMovedTheScoreMost() {
        // Ana +1.0 and Cleo +0.1 both pushed the raw score up; Ana's shift is ten times Cleo's: only Ana is named.
        // raw: security (4 + 3 + 3) / 3 = 3.3333 on both topics, HIRE; calibrated: (3 + 3 + 2.9) / 3 = 2.9667
        Verdict verdict = panel()
                .scorecard(TECHNICAL, ALICE, "YES", score("security", 4), score("testing", 4))
                .scorecard(TECHNICAL, BOB, "YES", score("security", 3), score("testing", 3))
                .scorecard(TECHNICAL, CAROL, "YES", score("security", 3), score("testing", 3))
                .severity(ALICE, 1.0)
                .severity(CAROL, 0.1)
                .named(ALICE, "Ana Lopez")
                .named(CAROL, "Cleo Park")
                .decide();

        assertThat(verdict.outcome()).isEqualTo(Outcome.NO_HIRE);
        assertThat(verdict.reasons().get(verdict.reasons().size() - 1).message()).isEqualTo(
                "Ana Lopez usually scores 1.0 above the panel; without that adjustment this would be Hire.");
    }

    @Test
    void noReasonWhenCalibrationLeavesTheOutcome() {
        Verdict verdict = panel()
                .scorecard(TECHNICAL, ALICE, "YES", score("security", 4), score("testing", 4))
                .scorecard(TECHNICAL, BOB, "YES", score("security", 4), score("testing", 4))
                .severity(ALICE, 0.3)
                .decide();

        assertThat(verdict.outcome()).isEqualTo(Outcome.STRONG_HIRE);
        assertThat(codes(verdict.reasons())).containsExactly("ABOVE_STRONG_HIRE_THRESHOLD");
    }
}
