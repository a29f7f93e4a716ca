package io.panelist.recommendation.policy;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** DESIGN.md version 2, uncertainty, with the arithmetic written out. */
class UncertaintyTest {

    @Test
    void aTopicsStandardErrorIsTheRootOfSigma2OverItsEvidence() {
        // sigma2 0.5 (the prior), 2 scores: sqrt(0.25) = 0.5
        assertThat(Uncertainty.topicStandardError(0.5, 2)).isEqualTo(0.5);
    }

    @Test
    void theOverallStandardErrorWeighsEachTopicsVarianceByTheSquareOfItsWeight() {
        // security weight 4 with 3 scores, testing weight 1 with 2, sigma2 0.5:
        // sum w^2 sigma2 / evidence = 16 * 0.5 / 3 + 1 * 0.5 / 2 = 2.6667 + 0.25 = 2.9167; sqrt = 1.7078; / 5 = 0.3416.
        // A topic without evidence weighs nothing.
        double se = Uncertainty.overallStandardError(0.5, List.of(new Uncertainty.Weighted(4, 3),
                new Uncertainty.Weighted(1, 2), new Uncertainty.Weighted(2, 0)));

        assertThat(se).isCloseTo(Math.sqrt(16 * 0.5 / 3 + 0.25) / 5, within(1e-12));
        assertThat(se).isCloseTo(0.3416, within(1e-4));
    }

    @Test
    void theIntervalIsEightyPercentEitherSideAndStaysOnTheScale() {
        // 3.2 -/+ 1.2816 * 0.341565 = 3.2 -/+ 0.43775: [2.76, 3.64]
        Uncertainty.Interval interval = Uncertainty.interval(3.2, 0.341565);
        assertThat(interval.low()).isCloseTo(2.7622, within(1e-4));
        assertThat(interval.high()).isCloseTo(3.6378, within(1e-4));
        // 3.9 + 1.2816 * 0.2 = 4.16, clamped to 4
        assertThat(Uncertainty.interval(3.9, 0.2).high()).isEqualTo(4.0);
        assertThat(Uncertainty.interval(1.1, 0.2).low()).isEqualTo(1.0);
    }

    @Test
    void theProbabilityOfBeingAtOrAboveTheBarIsPhiOfTheDistanceInStandardErrors() {
        // (3.2 - 3.0) / 0.341565 = 0.5855; Phi(0.5855) = 0.7209
        assertThat(Uncertainty.probabilityAtLeast(3.2, 3.0, 0.341565)).isCloseTo(0.7209, within(1e-4));
        // the 2.9999 against 3.0: a coin toss, not a certainty
        assertThat(Uncertainty.probabilityAtLeast(2.9999, 3.0, 0.5)).isCloseTo(0.4999, within(1e-4));
        // with no error at all, certainty either way (within the rules' 1e-9)
        assertThat(Uncertainty.probabilityAtLeast(2.9999999999, 3.0, 0)).isEqualTo(1.0);
        assertThat(Uncertainty.probabilityAtLeast(2.9, 3.0, 0)).isZero();
    }

    @Test
    void phiMatchesTheNormalTables() {
        assertThat(Uncertainty.phi(0)).isEqualTo(0.5);
        assertThat(Uncertainty.phi(1)).isCloseTo(0.8413447461, within(1e-10));
        assertThat(Uncertainty.phi(1.2816)).isCloseTo(0.9000085, within(1e-7));
        assertThat(Uncertainty.phi(-1.96)).isCloseTo(0.0249979, within(1e-7));
        assertThat(Uncertainty.phi(-8)).isCloseTo(6.22e-16, within(1e-17));
        assertThat(Uncertainty.phi(40)).isEqualTo(1.0);
    }
}
