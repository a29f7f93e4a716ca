package io.panelist.recommendation.policy;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** DESIGN.md version 2, confidence from the side probability, worked by hand. */
class CalibratedConfidenceTest {

    @Test
    void aHireIsAsSureAsTheProbabilityOfBeingAtOrAboveTheBar() {
        assertThat(CalibratedConfidence.sideProbability(Outcome.HIRE, 0.93, List.of())).isEqualTo(0.93);
        assertThat(CalibratedConfidence.sideProbability(Outcome.STRONG_HIRE, 0.99, List.of())).isEqualTo(0.99);
    }

    @Test
    void aNoHireByScoreIsAsSureAsTheProbabilityOfBeingBelowIt() {
        assertThat(CalibratedConfidence.sideProbability(Outcome.NO_HIRE, 0.2, List.of())).isCloseTo(0.8, within(1e-12));
        assertThat(CalibratedConfidence.sideProbability(Outcome.STRONG_NO_HIRE, 0.01, List.of()))
                .isCloseTo(0.99, within(1e-12));
    }

    @Test
    void aFailedMustHaveIsAsSureAsTheLeastProbableOfItsFailures() {
        // security: min 3, calibrated mean 2.5, se 0.5: Phi((3 - 2.5) / 0.5) = Phi(1) = 0.8413
        // testing: a 1 was given: 1, whatever its mean
        // whatever the overall score says (here 0.95 for hire), the least: 0.8413
        double side = CalibratedConfidence.sideProbability(Outcome.NO_HIRE, 0.95, List.of(
                new CalibratedConfidence.FailedMustHave(3, 2.5, 0.5, false),
                new CalibratedConfidence.FailedMustHave(2, 3.0, 0.5, true)));

        assertThat(side).isCloseTo(0.8413, within(1e-4));
    }

    @Test
    void confidenceIsHighOnlyWhenSureCompleteAndAgreed() {
        assertThat(CalibratedConfidence.of(Outcome.HIRE, false, false, false, 0, 0.9)).isEqualTo(Confidence.HIGH);
        assertThat(CalibratedConfidence.of(Outcome.HIRE, false, false, false, 1, 0.95))
                .as("a scorecard pending").isEqualTo(Confidence.MEDIUM);
        assertThat(CalibratedConfidence.of(Outcome.HIRE, false, false, true, 0, 0.95))
                .as("a disagreement on an ordinary topic or the votes").isEqualTo(Confidence.MEDIUM);
        assertThat(CalibratedConfidence.of(Outcome.HIRE, false, false, false, 0, 0.89)).isEqualTo(Confidence.MEDIUM);
    }

    @Test
    void confidenceIsLowWhenTheSideIsUnsureOrAMustHaveIsThinOrDisputed() {
        // the 2.9999 against a bar of 3.0, se 0.5: probability 0.4999, a no hire 0.5001 sure
        double side = CalibratedConfidence.sideProbability(Outcome.NO_HIRE,
                Uncertainty.probabilityAtLeast(2.9999, 3.0, 0.5), List.of());
        assertThat(CalibratedConfidence.of(Outcome.NO_HIRE, false, false, false, 0, side)).isEqualTo(Confidence.LOW);
        assertThat(CalibratedConfidence.of(Outcome.HIRE, false, false, false, 0, 0.69)).isEqualTo(Confidence.LOW);
        assertThat(CalibratedConfidence.of(Outcome.HIRE, false, false, false, 0, 0.7)).isEqualTo(Confidence.MEDIUM);
        assertThat(CalibratedConfidence.of(Outcome.HIRE, true, false, false, 0, 0.99)).isEqualTo(Confidence.LOW);
        assertThat(CalibratedConfidence.of(Outcome.HIRE, false, true, true, 0, 0.99)).isEqualTo(Confidence.LOW);
        assertThat(CalibratedConfidence.of(Outcome.INSUFFICIENT_EVIDENCE, false, false, false, 0, 1.0))
                .isEqualTo(Confidence.LOW);
    }

    @Test
    void aPendingScorecardLowersOnlyHigh() {
        // a verdict kept as if nothing were pending: HIGH needs none pending, MEDIUM and LOW do not care
        assertThat(CalibratedConfidence.whilePending(Confidence.HIGH, true)).isEqualTo(Confidence.MEDIUM);
        assertThat(CalibratedConfidence.whilePending(Confidence.HIGH, false)).isEqualTo(Confidence.HIGH);
        assertThat(CalibratedConfidence.whilePending(Confidence.MEDIUM, true)).isEqualTo(Confidence.MEDIUM);
        assertThat(CalibratedConfidence.whilePending(Confidence.LOW, true)).isEqualTo(Confidence.LOW);
    }
}
