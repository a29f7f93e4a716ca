package io.panelist.recommendation.policy;

import org.junit.jupiter.api.Test;

import static io.panelist.recommendation.policy.EvidenceBuilder.ALICE;
import static io.panelist.recommendation.policy.EvidenceBuilder.BOB;
import static io.panelist.recommendation.policy.EvidenceBuilder.CAROL;
import static io.panelist.recommendation.policy.EvidenceBuilder.DAN;
import static io.panelist.recommendation.policy.EvidenceBuilder.SCREEN;
import static io.panelist.recommendation.policy.EvidenceBuilder.TECHNICAL;
import static io.panelist.recommendation.policy.EvidenceBuilder.codes;
import static io.panelist.recommendation.policy.EvidenceBuilder.plan;
import static io.panelist.recommendation.policy.EvidenceBuilder.score;
import static io.panelist.recommendation.policy.EvidenceBuilder.topicResult;
import static io.panelist.recommendation.policy.EvidenceBuilder.weight;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * DESIGN.md "Recommendation rules" 3 and 4: the first outcome rule that applies (insufficient evidence, then a
 * must-have failure, then the score bands), and a reason for every rule that fired.
 */
class DecisionPolicyOutcomeTest {
    private static final String[] SCORE_BANDS = {"ABOVE_STRONG_HIRE_THRESHOLD", "ABOVE_HIRE_THRESHOLD",
            "BELOW_HIRE_THRESHOLD", "OVERALL_BELOW_TWO"};

    @Test
    void noSubmittedScorecardIsInsufficientEvidenceAndNamesEveryUnscoredMustHave() {
        // security must-have (min 3), api-design nice to have; two scorecards pending, none submitted.
        Verdict verdict = plan()
                .mustHave("security", 3, weight(SCREEN, 2.0))
                .topic("api-design", weight(TECHNICAL, 1.0))
                .pending(2)
                .decide();

        assertThat(verdict.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
        assertThat(verdict.overallScore()).isNull();
        assertThat(codes(verdict.reasons()))
                .contains("NO_SUBMITTED_SCORECARDS", "MUST_HAVE_WITHOUT_EVIDENCE:security")
                .doesNotContain(SCORE_BANDS);
    }

    @Test
    void submittedScorecardsThatAssessNoTopicAreInsufficientEvidence() {
        // Alice submitted a YES but marked both topics "not assessed": no topic has evidence.
        Verdict verdict = plan()
                .topic("api-design", weight(TECHNICAL, 1.0))
                .topic("testing", weight(TECHNICAL, 1.0))
                .scorecard(TECHNICAL, ALICE, "YES")
                .decide();

        assertThat(verdict.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
        assertThat(verdict.overallScore()).isNull();
        assertThat(codes(verdict.reasons())).containsExactly("NO_EVIDENCE");
        assertThat(verdict.topics()).extracting(Verdict.TopicResult::status).containsOnly("NO_EVIDENCE");
    }

    @Test
    void mustHaveWithoutEvidenceIsInsufficientEvenWhenTheScoresWouldMakeAStrongHire() {
        // security (must-have, screen) was not assessed yet; api-design scored 4 and 4 -> overall 4.0, still shown.
        Verdict verdict = plan()
                .mustHave("security", 3, weight(SCREEN, 2.0))
                .topic("api-design", weight(TECHNICAL, 1.0))
                .scorecard(TECHNICAL, ALICE, "STRONG_YES", score("api-design", 4))
                .scorecard(TECHNICAL, BOB, "STRONG_YES", score("api-design", 4))
                .decide();

        assertThat(verdict.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
        assertThat(verdict.overallScore()).isEqualTo(4.0);
        assertThat(codes(verdict.reasons())).containsExactly("MUST_HAVE_WITHOUT_EVIDENCE:security");
    }

    @Test
    void everyMustHaveWithoutEvidenceIsItsOwnReason() {
        Verdict verdict = plan()
                .mustHave("security", 3, weight(SCREEN, 1.0))
                .mustHave("testing", 2, weight(SCREEN, 1.0))
                .topic("api-design", weight(TECHNICAL, 1.0))
                .scorecard(TECHNICAL, ALICE, "YES", score("api-design", 3))
                .decide();

        assertThat(verdict.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
        assertThat(codes(verdict.reasons()))
                .containsExactlyInAnyOrder("MUST_HAVE_WITHOUT_EVIDENCE:security", "MUST_HAVE_WITHOUT_EVIDENCE:testing");
    }

    @Test
    void insufficientEvidenceBeatsAMustHaveFailure() {
        // security (must-have, min 3) got 1 and 2: mean 1.5, below min and a 1. But must-have testing has no score,
        // and insufficient evidence is the first rule that applies; overall = security's 1.5 alone.
        Verdict verdict = plan()
                .mustHave("security", 3, weight(SCREEN, 1.0))
                .mustHave("testing", 2, weight(TECHNICAL, 1.0))
                .scorecard(SCREEN, ALICE, "STRONG_NO", score("security", 1))
                .scorecard(SCREEN, BOB, "NO", score("security", 2))
                .decide();

        assertThat(verdict.outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
        assertThat(verdict.overallScore()).isEqualTo(1.5);
        assertThat(codes(verdict.reasons())).containsExactly("MUST_HAVE_WITHOUT_EVIDENCE:testing");
        assertThat(topicResult(verdict, "security").status()).isEqualTo("BELOW_MIN");
    }

    @Test
    void mustHaveBelowItsMinimumIsNoHireEvenWhenTheScoreWouldMakeAStrongHire() {
        // security must-have min 3, weight 1.0: 2 and 3 -> mean 2.5 < 3.
        // api-design weight 3.0: 4 and 4 -> mean 4.
        // overall = (1.0 * 2.5 + 3.0 * 4) / (1.0 + 3.0) = 14.5 / 4 = 3.625 (>= 3.5), capped at NO_HIRE.
        Verdict verdict = plan()
                .mustHave("security", 3, weight(SCREEN, 1.0))
                .topic("api-design", weight(TECHNICAL, 3.0))
                .scorecard(SCREEN, ALICE, "NO", score("security", 2))
                .scorecard(SCREEN, BOB, "YES", score("security", 3))
                .scorecard(TECHNICAL, CAROL, "STRONG_YES", score("api-design", 4))
                .scorecard(TECHNICAL, DAN, "STRONG_YES", score("api-design", 4))
                .decide();

        assertThat(verdict.overallScore()).isEqualTo(3.625);
        assertThat(verdict.outcome()).isEqualTo(Outcome.NO_HIRE);
        assertThat(codes(verdict.reasons())).containsExactly("MUST_HAVE_BELOW_MIN:security");
        assertThat(topicResult(verdict, "security").status()).isEqualTo("BELOW_MIN");
    }

    @Test
    void mustHaveScoredOneIsNoHireEvenWhenItsMeanMeetsTheMinimum() {
        // security must-have min 2: 1, 4, 4 -> mean 3 (MET) but someone gave a 1.
        // api-design: 4 and 4 -> 4. overall = (3 + 4) / 2 = 3.5, which alone would be a strong hire.
        Verdict verdict = plan()
                .mustHave("security", 2, weight(SCREEN, 1.0))
                .topic("api-design", weight(TECHNICAL, 1.0))
                .scorecard(SCREEN, ALICE, "STRONG_NO", score("security", 1))
                .scorecard(SCREEN, BOB, "STRONG_YES", score("security", 4))
                .scorecard(SCREEN, CAROL, "STRONG_YES", score("security", 4))
                .scorecard(TECHNICAL, DAN, "STRONG_YES", score("api-design", 4))
                .scorecard(TECHNICAL, ALICE, "STRONG_YES", score("api-design", 4))
                .decide();

        assertThat(verdict.overallScore()).isEqualTo(3.5);
        assertThat(verdict.outcome()).isEqualTo(Outcome.NO_HIRE);
        assertThat(codes(verdict.reasons())).containsExactly("MUST_HAVE_SCORED_ONE:security");
        assertThat(topicResult(verdict, "security").status()).isEqualTo("MET");
    }

    @Test
    void mustHaveFailureWithAnOverallBelowTwoIsStrongNoHireAndListsEveryRuleThatFired() {
        // security must-have min 3: 1 and 2 -> mean 1.5, below min AND a 1. api-design: 2 and 2 -> 2.
        // overall = (1.5 + 2) / 2 = 1.75 < 2.0 -> STRONG_NO_HIRE.
        Verdict verdict = plan()
                .mustHave("security", 3, weight(SCREEN, 1.0))
                .topic("api-design", weight(TECHNICAL, 1.0))
                .scorecard(SCREEN, ALICE, "STRONG_NO", score("security", 1))
                .scorecard(SCREEN, BOB, "NO", score("security", 2))
                .scorecard(TECHNICAL, CAROL, "NO", score("api-design", 2))
                .scorecard(TECHNICAL, DAN, "NO", score("api-design", 2))
                .decide();

        assertThat(verdict.overallScore()).isEqualTo(1.75);
        assertThat(verdict.outcome()).isEqualTo(Outcome.STRONG_NO_HIRE);
        assertThat(codes(verdict.reasons())).containsExactlyInAnyOrder(
                "MUST_HAVE_BELOW_MIN:security", "MUST_HAVE_SCORED_ONE:security", "OVERALL_BELOW_TWO");
        assertThat(verdict.reasons()).allSatisfy(reason -> assertThat(reason.message()).isNotBlank());
        assertThat(verdict.reasons()).filteredOn(r -> r.topicKey() != null)
                .allSatisfy(reason -> assertThat(reason.message()).contains("security"));
    }

    @Test
    void mustHaveFailureWithAnOverallOfExactlyTwoIsNoHire() {
        // security must-have min 3: 2 and 2 -> 2.0 (below min); api-design 2 and 2. overall 2.0, not below 2.0.
        Verdict verdict = plan()
                .mustHave("security", 3, weight(SCREEN, 1.0))
                .topic("api-design", weight(TECHNICAL, 1.0))
                .scorecard(SCREEN, ALICE, "NO", score("security", 2))
                .scorecard(SCREEN, BOB, "NO", score("security", 2))
                .scorecard(TECHNICAL, CAROL, "NO", score("api-design", 2))
                .scorecard(TECHNICAL, DAN, "NO", score("api-design", 2))
                .decide();

        assertThat(verdict.overallScore()).isEqualTo(2.0);
        assertThat(verdict.outcome()).isEqualTo(Outcome.NO_HIRE);
        assertThat(codes(verdict.reasons())).containsExactly("MUST_HAVE_BELOW_MIN:security");
    }

    @Test
    void everyFailingMustHaveIsItsOwnReason() {
        // security min 3: 2 and 3 -> 2.5 (below min). testing min 2: 1 and 4 -> 2.5 (meets min, but a 1).
        // api-design: 4 and 4. overall = (2.5 + 2.5 + 4) / 3 = 3.0.
        Verdict verdict = plan()
                .mustHave("security", 3, weight(SCREEN, 1.0))
                .mustHave("testing", 2, weight(TECHNICAL, 1.0))
                .topic("api-design", weight(TECHNICAL, 1.0))
                .scorecard(SCREEN, ALICE, "NO", score("security", 2))
                .scorecard(SCREEN, BOB, "YES", score("security", 3))
                .scorecard(TECHNICAL, CAROL, "YES", score("testing", 1), score("api-design", 4))
                .scorecard(TECHNICAL, DAN, "YES", score("testing", 4), score("api-design", 4))
                .decide();

        assertThat(verdict.overallScore()).isCloseTo(3.0, within(1e-12));
        assertThat(verdict.outcome()).isEqualTo(Outcome.NO_HIRE);
        assertThat(codes(verdict.reasons()))
                .containsExactlyInAnyOrder("MUST_HAVE_BELOW_MIN:security", "MUST_HAVE_SCORED_ONE:testing");
    }

    @Test
    void aTopicThatIsNotAMustHaveNeverCapsTheOutcome() {
        // security must-have min 3, weight 3.0: 4 and 4. api-design (min 3, not a must-have), weight 1.0: 1 and 2
        // -> 1.5, under its min and with a 1, yet only the score counts:
        // overall = (3.0 * 4 + 1.0 * 1.5) / 4.0 = 13.5 / 4 = 3.375 -> HIRE.
        Verdict verdict = plan()
                .mustHave("security", 3, weight(SCREEN, 3.0))
                .topic("api-design", false, 3, weight(TECHNICAL, 1.0))
                .scorecard(SCREEN, ALICE, "STRONG_YES", score("security", 4))
                .scorecard(SCREEN, BOB, "STRONG_YES", score("security", 4))
                .scorecard(TECHNICAL, CAROL, "NO", score("api-design", 1))
                .scorecard(TECHNICAL, DAN, "NO", score("api-design", 2))
                .decide();

        assertThat(verdict.overallScore()).isEqualTo(3.375);
        assertThat(verdict.outcome()).isEqualTo(Outcome.HIRE);
        assertThat(codes(verdict.reasons())).containsExactly("ABOVE_HIRE_THRESHOLD");
        assertThat(topicResult(verdict, "api-design").status()).isEqualTo("MET");
    }

    @Test
    void overallOfExactlyThreeIsHire() {
        // api-design weight 2.0: 3 and 4 -> 3.5; testing weight 1.0: 2 and 2 -> 2.0.
        // overall = (2.0 * 3.5 + 1.0 * 2.0) / 3.0 = 9 / 3 = 3.0 -> HIRE (>= 3.0).
        Verdict verdict = bands(3, 4, 2.0, 2, 2, 1.0).decide();

        assertThat(verdict.overallScore()).isEqualTo(3.0);
        assertThat(verdict.outcome()).isEqualTo(Outcome.HIRE);
        assertThat(codes(verdict.reasons())).containsExactly("ABOVE_HIRE_THRESHOLD");
    }

    @Test
    void overallOfExactlyThreeAndAHalfIsStrongHire() {
        // api-design 3 and 3 -> 3; testing 4 and 4 -> 4; equal weights: (3 + 4) / 2 = 3.5 -> STRONG_HIRE.
        Verdict verdict = bands(3, 3, 1.0, 4, 4, 1.0).decide();

        assertThat(verdict.overallScore()).isEqualTo(3.5);
        assertThat(verdict.outcome()).isEqualTo(Outcome.STRONG_HIRE);
        assertThat(codes(verdict.reasons())).containsExactly("ABOVE_STRONG_HIRE_THRESHOLD");
    }

    @Test
    void overallJustUnderThreeAndAHalfIsHire() {
        // api-design 3 and 4 -> 3.5; testing 3, 3 and 4 -> 10/3; (3.5 + 10/3) / 2 = 41/12 = 3.4167 -> HIRE.
        Verdict verdict = bands(3, 4, 1.0, 3, 3, 1.0)
                .scorecard(TECHNICAL, CAROL, "YES", score("testing", 4))
                .decide();

        assertThat(verdict.overallScore()).isCloseTo(41.0 / 12, within(1e-12));
        assertThat(verdict.outcome()).isEqualTo(Outcome.HIRE);
    }

    @Test
    void overallWithinTheToleranceUnderThreeMeetsTheHireThreshold() {
        // api-design weight 1.0: 3 and 3 -> 3; testing weight 1e-10: 2 and 2 -> 2.
        // overall = (3 + 2e-10) / (1 + 1e-10) = 3 - 1e-10 / (1 + 1e-10) = 2.9999999999, within 1e-9 of 3.0 -> HIRE.
        Verdict verdict = bands(3, 3, 1.0, 2, 2, 1e-10).decide();

        assertThat(verdict.overallScore()).isCloseTo(2.9999999999, within(1e-13)).isLessThan(3.0);
        assertThat(verdict.outcome()).isEqualTo(Outcome.HIRE);
        assertThat(codes(verdict.reasons())).containsExactly("ABOVE_HIRE_THRESHOLD");
    }

    @Test
    void overallMissingTheHireThresholdByMoreThanTheToleranceIsNoHire() {
        // as above with testing weight 1e-8: overall = 3 - 1e-8 / (1 + 1e-8) = 2.99999999, 1e-8 short -> NO_HIRE.
        Verdict verdict = bands(3, 3, 1.0, 2, 2, 1e-8).decide();

        assertThat(verdict.overallScore()).isCloseTo(2.99999999, within(1e-12));
        assertThat(verdict.outcome()).isEqualTo(Outcome.NO_HIRE);
        assertThat(codes(verdict.reasons())).containsExactly("BELOW_HIRE_THRESHOLD");
    }

    @Test
    void overallOfExactlyTwoIsNoHire() {
        // api-design 2 and 3 -> 2.5; testing 1 and 2 -> 1.5; (2.5 + 1.5) / 2 = 2.0 -> NO_HIRE (>= 2.0).
        Verdict verdict = bands(2, 3, 1.0, 1, 2, 1.0).decide();

        assertThat(verdict.overallScore()).isEqualTo(2.0);
        assertThat(verdict.outcome()).isEqualTo(Outcome.NO_HIRE);
        assertThat(codes(verdict.reasons())).containsExactly("BELOW_HIRE_THRESHOLD");
    }

    @Test
    void overallBelowTwoIsStrongNoHire() {
        // api-design 1 and 2 -> 1.5; testing 2 and 2 -> 2; (1.5 + 2) / 2 = 1.75 -> STRONG_NO_HIRE.
        Verdict verdict = bands(1, 2, 1.0, 2, 2, 1.0).decide();

        assertThat(verdict.overallScore()).isEqualTo(1.75);
        assertThat(verdict.outcome()).isEqualTo(Outcome.STRONG_NO_HIRE);
        assertThat(codes(verdict.reasons())).containsExactly("OVERALL_BELOW_TWO");
    }

    @Test
    void theBandsFollowThePlansOwnThresholds() {
        // Policy hire 2.5, strong hire 3.0. api-design 2 and 3 -> 2.5; testing 3 and 3 -> 3; overall 2.75 -> HIRE
        // here, NO_HIRE under the defaults. api-design 3 and 3 with testing 3 and 3: 3.0 -> STRONG_HIRE here.
        assertThat(bands(2, 3, 1.0, 3, 3, 1.0).thresholds(2.5, 3.0).decide().outcome()).isEqualTo(Outcome.HIRE);
        assertThat(bands(2, 3, 1.0, 3, 3, 1.0).decide().outcome()).isEqualTo(Outcome.NO_HIRE);
        assertThat(bands(3, 3, 1.0, 3, 3, 1.0).thresholds(2.5, 3.0).decide().outcome())
                .isEqualTo(Outcome.STRONG_HIRE);
    }

    /** Two nice-to-have topics, each scored by two interviewers in the technical stage (votes consistent). */
    private static EvidenceBuilder bands(int api1, int api2, double apiWeight, int testing1, int testing2,
                                         double testingWeight) {
        return plan()
                .topic("api-design", weight(TECHNICAL, apiWeight))
                .topic("testing", weight(TECHNICAL, testingWeight))
                .scorecard(TECHNICAL, ALICE, "YES", score("api-design", api1), score("testing", testing1))
                .scorecard(TECHNICAL, BOB, "YES", score("api-design", api2), score("testing", testing2));
    }
}
