package io.panelist.recommendation.calibration;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * DESIGN.md, recommendation rules version 2: a topic's reliability gains iccPanel (Spearman-Brown from ICC and n0,
 * null for a null or negative ICC), the 95% interval of ICC(1,1) by Shrout and Fleiss's F-interval, and enoughData
 * (k >= 5). Worked by hand, and against Shrout and Fleiss (1979), "Intraclass correlations: uses in assessing rater
 * reliability", Psychological Bulletin 86(2), 420-428, Table 2.
 */
class ReliabilityIntervalTest {

    @Test
    void shroutAndFleissTable2() {
        // Six targets, four judges each:
        //   9 2 5 8 (sum 24, mean 6)   6 1 3 2 (12, 3)   8 4 6 8 (26, 6.5)
        //   7 1 2 6 (16, 4)            10 5 6 9 (30, 7.5) 6 2 4 7 (19, 4.75)
        // k = 6, N = 24, n0 = 4, grand sum 127, sum of squares 841, sum of n mean^2 = 4 * 182.0625 = 728.25.
        // SSB = 728.25 - 127^2 / 24 = 1349/24, MSB = 1349/120 = 11.2417 (their BMS 11.24)
        // SSW = 841 - 728.25 = 112.75, MSW = 451/72 = 6.2639 (their WMS 6.26); F0 = 1.7947 (their 1.795)
        // ICC = (1349/120 - 451/72) / (1349/120 + 3 * 451/72) = 1792/10812 = 0.1657 (their ICC(1,1) .17)
        // iccPanel = 4 ICC / (1 + 3 ICC) = (MSB - MSW) / MSB = 1792/4047 = 0.4428 (their ICC(1,k) .44)
        // F(0.975; 5, 18) = 3.3820, F(0.975; 18, 5) = 6.3619 (FDistributionTest)
        // FL = 1.7947 / 3.3820 = 0.5307, low = (0.5307 - 1) / (0.5307 + 3) = -0.1329
        // FU = 1.7947 * 6.3619 = 11.4177, high = (11.4177 - 1) / (11.4177 + 3) = 0.7226   (they print -.13 to .72)
        Reliability.Estimate estimate = Reliability.estimate(List.of(target(9, 2, 5, 8), target(6, 1, 3, 2),
                target(8, 4, 6, 8), target(7, 1, 2, 6), target(10, 5, 6, 9), target(6, 2, 4, 7)));

        assertThat(estimate.icc()).isCloseTo(1792.0 / 10812, within(1e-12));
        assertThat(estimate.iccPanel()).isCloseTo(1792.0 / 4047, within(1e-12));
        assertThat(estimate.ci95Low()).isCloseTo(-0.1329, within(0.00005));
        assertThat(estimate.ci95High()).isCloseTo(0.7226, within(0.00005));
        assertThat(estimate.enoughData()).isTrue();
    }

    @Test
    void anUnbalancedPanelByHand() {
        // ReliabilityTest's panel: T1 3, 4; T2 2, 2, 3; T3 4, 4. k = 3, N = 7, MSB = 155/84, MSW = 7/24,
        // n0 = 16/7, ICC = 261/373.
        // iccPanel = (16/7)(261/373) / (1 + (9/7)(261/373)) = (4176/2611) / (4960/2611) = 4176/4960 = 0.8419
        // F0 = (155/84) / (7/24) = 310/49 = 6.3265
        // d1 = 2 has a closed form, F(p; 2, d2) = d2/2 ((1 - p)^(-2/d2) - 1):
        //   F(0.975; 2, 4) = 2 (0.025^(-1/2) - 1) = 10.6491; F(0.975; 4, 2) = 1 / F(0.025; 2, 4)
        //   = 1 / (2 (0.975^(-1/2) - 1)) = 39.2484
        // FL = 6.3265 / 10.6491 = 0.5941, low = (0.5941 - 1) / (0.5941 + 9/7) = -0.2159
        // FU = 6.3265 * 39.2484 = 248.31, high = 247.31 / (248.31 + 9/7) = 0.9908
        Reliability.Estimate estimate = Reliability.estimate(List.of(target(3, 4), target(2, 2, 3), target(4, 4)));

        double f0 = 310.0 / 49;
        double fLow = f0 / (2 * (Math.pow(0.025, -0.5) - 1));
        double fHigh = f0 / (2 * (Math.pow(0.975, -0.5) - 1));
        assertThat(estimate.iccPanel()).isCloseTo(4176.0 / 4960, within(1e-12));
        assertThat(estimate.ci95Low()).isCloseTo((fLow - 1) / (fLow + 9.0 / 7), within(1e-9)).isCloseTo(-0.2159,
                within(0.00005));
        assertThat(estimate.ci95High()).isCloseTo((fHigh - 1) / (fHigh + 9.0 / 7), within(1e-9)).isCloseTo(0.9908,
                within(0.00005));
        assertThat(estimate.enoughData()).isFalse();
    }

    @Test
    void twoCandidatesGiveAnIntervalAsWideAsTheyDeserve() {
        // T1 3, 1; T2 3, 4. k = 2, N = 4, n0 = 2, MSB = 2.25, MSW = 1.25, ICC = 1/3.5 = 2/7, F0 = 1.8.
        // iccPanel = 2 (2/7) / (1 + 2/7) = 4/9 = 0.4444
        // F(0.975; 1, 2) = t(0.9875; 2)^2 = 0.975^2 / (2 * 0.9875 * 0.0125) = 38.5063; F(0.975; 2, 1) = 799.5
        // FL = 1.8 / 38.5063 = 0.04675, low = -0.95325 / 1.04675 = -0.9107
        // FU = 1.8 * 799.5 = 1439.1, high = 1438.1 / 1440.1 = 0.9986
        Reliability.Estimate estimate = Reliability.estimate(List.of(target(3, 1), target(3, 4)));

        double fLow = 1.8 / (0.975 * 0.975 / (2 * 0.9875 * 0.0125));
        assertThat(estimate.icc()).isCloseTo(2.0 / 7, within(1e-12));
        assertThat(estimate.iccPanel()).isCloseTo(4.0 / 9, within(1e-12));
        assertThat(estimate.ci95Low()).isCloseTo((fLow - 1) / (fLow + 1), within(1e-9));
        assertThat(estimate.ci95High()).isCloseTo(1438.1 / 1440.1, within(1e-9));
        assertThat(estimate.enoughData()).isFalse();
    }

    @Test
    void aNegativeIccHasNoPanelReliabilityButKeepsItsInterval() {
        // T1 1, 3; T2 2, 4; T3 1, 4; T4 3, 2; T5 2, 2. k = 5, N = 10, n0 = 2.
        // Means 2, 3, 2.5, 2.5, 2; grand mean 2.4. SSB = 2 (0.16 + 0.36 + 0.01 + 0.01 + 0.16) = 1.4, MSB = 0.35
        // SSW = 2 + 2 + 4.5 + 0.5 + 0 = 9, MSW = 9 / 5 = 1.8; ICC = (0.35 - 1.8) / (0.35 + 1.8) = -1.45/2.15 = -0.6744
        // F0 = 0.35 / 1.8 = 0.19444; F(0.975; 4, 5) = 7.3879, F(0.975; 5, 4) = 9.3645 (scipy.stats.f.ppf)
        // FL = 0.02632, low = -0.97368 / 1.02632 = -0.9487; FU = 1.82088, high = 0.82088 / 2.82088 = 0.2910
        Reliability.Estimate estimate = Reliability.estimate(List.of(target(1, 3), target(2, 4), target(1, 4),
                target(3, 2), target(2, 2)));

        assertThat(estimate.icc()).isCloseTo(-1.45 / 2.15, within(1e-12));
        assertThat(estimate.iccPanel()).isNull();
        assertThat(estimate.ci95Low()).isCloseTo(-0.9487, within(0.00005));
        assertThat(estimate.ci95High()).isCloseTo(0.2910, within(0.00005));
        assertThat(estimate.enoughData()).isTrue();
    }

    @Test
    void withNoDifferenceBetweenTargetsTheIntervalCollapsesWhereTheFormulaPutsIt() {
        // T1 1, 4; T2 1, 4: MSB = 0, MSW = 4.5, n0 = 2, ICC = -4.5 / 4.5 = -1. F0 = 0, so FL = FU = 0 and
        // low = high = (0 - 1) / (0 + 2 - 1) = -1: the formula's own answer, kept as it is.
        Reliability.Estimate estimate = Reliability.estimate(List.of(target(1, 4), target(1, 4)));

        assertThat(estimate).isEqualTo(new Reliability.Estimate(-1.0, null, -1.0, -1.0, false));
    }

    @Test
    void whenEveryTargetsScoresAreAlikeTheFIntervalIsUndefined() {
        // T1 3, 3; T2 1, 1, 1; T3 4, 4: MSW = 0, ICC = 1, iccPanel = 1; F0 = MSB / 0 has no interval.
        Reliability.Estimate estimate = Reliability.estimate(List.of(target(3, 3), target(1, 1, 1), target(4, 4)));

        assertThat(estimate.icc()).isCloseTo(1, within(1e-12));
        assertThat(estimate.iccPanel()).isCloseTo(1, within(1e-12));
        assertThat(estimate.ci95Low()).isNull();
        assertThat(estimate.ci95High()).isNull();
    }

    @Test
    void withoutAnIccNothingElseIsDefinedAndFiveCandidatesAreEnough() {
        Reliability.Estimate none = Reliability.estimate(List.of());
        Reliability.Estimate one = Reliability.estimate(List.of(target(1, 4, 2)));
        Reliability.Estimate alike = Reliability.estimate(List.of(target(2, 2), target(2, 2)));

        for (Reliability.Estimate estimate : List.of(none, one, alike)) {
            assertThat(estimate).isEqualTo(new Reliability.Estimate(null, null, null, null, false));
        }
        assertThat(Reliability.estimate(List.of(target(1, 2), target(2, 3), target(3, 3), target(4, 4)))
                .enoughData()).isFalse();
        assertThat(Reliability.estimate(List.of(target(1, 2), target(2, 3), target(3, 3), target(4, 4),
                target(2, 2))).enoughData()).isTrue();
    }

    private static Reliability.Target target(int... scores) {
        return new Reliability.Target(scores.length, Arrays.stream(scores).sum(),
                Arrays.stream(scores).map(x -> x * x).sum());
    }
}
