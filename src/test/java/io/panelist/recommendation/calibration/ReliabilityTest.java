package io.panelist.recommendation.calibration;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * DESIGN.md, reliability: ICC(1,1), one-way random effects, unbalanced groups, over targets with two or more scores.
 * k targets, N scores, MSB = SSB/(k-1), MSW = SSW/(N-k), n0 = (N - sum(n_i^2)/N)/(k-1),
 * ICC = (MSB - MSW)/(MSB + (n0 - 1) MSW); null with fewer than 2 targets or a zero denominator.
 */
class ReliabilityTest {

    @Test
    void iccOfAnUnbalancedPanelByHand() {
        // Three (application, topic) targets:
        //   T1: 3, 4    -> n 2, sum 7, mean 3.5
        //   T2: 2, 2, 3 -> n 3, sum 7, mean 7/3
        //   T3: 4, 4    -> n 2, sum 8, mean 4
        // k = 3, N = 7, grand mean = 22/7.
        // SSB = 2 (3.5 - 22/7)^2 + 3 (7/3 - 22/7)^2 + 2 (4 - 22/7)^2
        //     = 2 (5/14)^2 + 3 (17/21)^2 + 2 (6/7)^2 = 25/98 + 289/147 + 72/49 = 1085/294 = 155/42 = 3.6905
        // SSW = (0.5^2 + 0.5^2) + ((1/3)^2 + (1/3)^2 + (2/3)^2) + 0 = 1/2 + 2/3 = 7/6
        // MSB = (155/42) / 2 = 155/84 = 1.8452; MSW = (7/6) / (7 - 3) = 7/24 = 0.2917
        // n0 = (7 - (4 + 9 + 4)/7) / 2 = (32/7) / 2 = 16/7 = 2.2857
        // ICC = (155/84 - 7/24) / (155/84 + (16/7 - 1) 7/24) = (261/168) / (310/168 + 63/168) = 261/373 = 0.6997
        Double icc = Reliability.icc(List.of(target(3, 4), target(2, 2, 3), target(4, 4)));

        assertThat(icc).isCloseTo(261.0 / 373, within(1e-12));
    }

    @Test
    void perfectAgreementWithinEveryTargetIsOne() {
        // T1: 3, 3; T2: 1, 1, 1; T3: 4, 4. SSW = 0 -> MSW = 0; MSB > 0 -> ICC = MSB / MSB = 1.
        Double icc = Reliability.icc(List.of(target(3, 3), target(1, 1, 1), target(4, 4)));

        assertThat(icc).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void moreDisagreementWithinThanBetweenTargetsIsNegative() {
        // T1: 1, 4; T2: 1, 4. Means 2.5 and 2.5 -> SSB = 0, MSB = 0.
        // SSW = 2 (1.5^2 + 1.5^2) = 9; MSW = 9 / (4 - 2) = 4.5; n0 = (4 - 8/4) / 1 = 2.
        // ICC = (0 - 4.5) / (0 + (2 - 1) 4.5) = -1.
        Double icc = Reliability.icc(List.of(target(1, 4), target(1, 4)));

        assertThat(icc).isCloseTo(-1.0, within(1e-12));
    }

    @Test
    void fewerThanTwoTargetsHaveNoIcc() {
        assertThat(Reliability.icc(List.of())).isNull();
        assertThat(Reliability.icc(List.of(target(1, 4, 2)))).isNull();
    }

    @Test
    void aZeroDenominatorHasNoIcc() {
        // T1: 2, 2; T2: 2, 2. SSB = 0 and SSW = 0: MSB + (n0 - 1) MSW = 0.
        assertThat(Reliability.icc(List.of(target(2, 2), target(2, 2)))).isNull();
    }

    private static Reliability.Target target(int... scores) {
        return new Reliability.Target(scores.length, Arrays.stream(scores).sum(),
                Arrays.stream(scores).map(x -> x * x).sum());
    }
}
