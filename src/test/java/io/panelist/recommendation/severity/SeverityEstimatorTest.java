package io.panelist.recommendation.severity;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * DESIGN.md, "Recommendation rules, version 2", rater severity: x = m[a,t] + s[r] + e, minimizing
 * sum (x - m[a,t] - s[r])^2 + 5 * sum s[r]^2. Worked examples solved on paper, and the conditions that define the
 * minimum checked on a larger case.
 */
class SeverityEstimatorTest {
    static final int ANA = 0;
    static final int BEN = 1;
    static final int CAI = 2;

    @Test
    void twoRatersOnOneCellSplitTheirDifferenceAndTheShrinkageKeepsMostOfItInTheResidual() {
        // One cell, Ana 4, Ben 2. m = 3 - (a + b) / 2; by symmetry b = -a, so m = 3 and the objective is
        // (1 - a)^2 + (-1 + a)^2 + 5 (a^2 + a^2) = 2 (1 - a)^2 + 10 a^2; its derivative -4 (1 - a) + 20 a = 0 gives
        // a = 1/6. So s[Ana] = +1/6, s[Ben] = -1/6, m = 3.
        SeverityEstimator.Scores scores = new SeverityEstimator.Scores();
        scores.add(0, ANA, 4);
        scores.add(0, BEN, 2);

        SeverityEstimator.Estimate estimate = SeverityEstimator.estimate(scores);

        assertThat(estimate.severities()[ANA]).isCloseTo(1.0 / 6, within(1e-10));
        assertThat(estimate.severities()[BEN]).isCloseTo(-1.0 / 6, within(1e-10));
        assertThat(estimate.cellMeans()[0]).isCloseTo(3.0, within(1e-10));
    }

    @Test
    void aChainOfTwoCellsLeavesTheRaterInTheMiddleNeutral() {
        // Cell 0: Ana 4, Ben 3 (mean 3.5). Cell 1: Ben 3, Cai 2 (mean 2.5).
        // b = sum of x - cell mean per rater: Ana +0.5, Ben -0.5 + 0.5 = 0, Cai -0.5.
        // L + 5I = [[5.5, -0.5, 0], [-0.5, 6, -0.5], [0, -0.5, 5.5]]; by symmetry s[Ben] = 0 and s[Cai] = -s[Ana],
        // so 5.5 s[Ana] = 0.5: s[Ana] = 1/11, s[Cai] = -1/11.
        // m[0] = (4 - 1/11 + 3) / 2 = 3.5 - 1/22; m[1] = (3 + 2 + 1/11) / 2 = 2.5 + 1/22.
        SeverityEstimator.Scores scores = new SeverityEstimator.Scores();
        scores.add(0, ANA, 4);
        scores.add(0, BEN, 3);
        scores.add(1, BEN, 3);
        scores.add(1, CAI, 2);

        SeverityEstimator.Estimate estimate = SeverityEstimator.estimate(scores);

        assertThat(estimate.severities()).containsExactly(new double[] {1.0 / 11, 0, -1.0 / 11}, within(1e-10));
        assertThat(estimate.cellMeans()).containsExactly(new double[] {3.5 - 1.0 / 22, 2.5 + 1.0 / 22}, within(1e-10));
    }

    @Test
    void aRaterWhoNeverSharesACellIsNeutralAndTheCellMeanIsTheirScore() {
        // Cai alone on cell 1: b[Cai] = 3 - 3 = 0 and nothing ties her to anyone: s = 0, m[1] = 3.
        SeverityEstimator.Scores scores = new SeverityEstimator.Scores();
        scores.add(0, ANA, 4);
        scores.add(0, BEN, 2);
        scores.add(1, CAI, 3);

        SeverityEstimator.Estimate estimate = SeverityEstimator.estimate(scores);

        assertThat(estimate.severities()[CAI]).isZero();
        assertThat(estimate.cellMeans()[1]).isEqualTo(3.0);
    }

    @Test
    void fewerThanTwentyDegreesOfFreedomTakeSigma2AsOneHalf() {
        // N = 4 scores, 2 cells, 3 raters: 4 - 2 - 3 = -1 degrees of freedom, under 20.
        SeverityEstimator.Scores scores = new SeverityEstimator.Scores();
        scores.add(0, ANA, 4);
        scores.add(0, BEN, 3);
        scores.add(1, BEN, 3);
        scores.add(1, CAI, 2);

        SeverityEstimator.Estimate estimate = SeverityEstimator.estimate(scores);

        assertThat(estimate.degreesOfFreedom()).isEqualTo(-1);
        assertThat(estimate.sigma2()).isEqualTo(0.5);
        assertThat(estimate.scores()).isEqualTo(4);
    }

    @Test
    void theEstimateMeetsBothConditionsOfTheMinimumAndSigma2IsTheResidualsOverTheirDegreesOfFreedom() {
        // At the minimum the alternating rules of DESIGN.md move nothing: m[c] = mean over c of (x - s[r]) and
        // s[r] = sum over r's scores of (x - m[c]) / (n_r + 5).
        Random random = new Random(21);
        int cells = 300;
        int raters = 25;
        SeverityEstimator.Scores scores = new SeverityEstimator.Scores();
        for (int c = 0; c < cells; c++) {
            for (int k = 0; k < 3; k++) {
                scores.add(c, random.nextInt(raters), 1 + random.nextInt(4));
            }
        }
        SeverityEstimator.Estimate estimate = SeverityEstimator.estimate(scores);

        double[] cellSum = new double[cells];
        int[] cellN = new int[cells];
        double[] raterSum = new double[raters];
        int[] raterN = new int[raters];
        double residuals = 0;
        for (int i = 0; i < scores.size(); i++) {
            int c = scores.cellAt(i);
            int r = scores.raterAt(i);
            double x = scores.valueAt(i);
            cellSum[c] += x - estimate.severities()[r];
            cellN[c]++;
            raterSum[r] += x - estimate.cellMeans()[c];
            raterN[r]++;
            double e = x - estimate.cellMeans()[c] - estimate.severities()[r];
            residuals += e * e;
        }
        for (int c = 0; c < cells; c++) {
            assertThat(estimate.cellMeans()[c]).isCloseTo(cellSum[c] / cellN[c], within(1e-9));
        }
        for (int r = 0; r < raters; r++) {
            assertThat(estimate.severities()[r]).isCloseTo(raterSum[r] / (raterN[r] + 5), within(1e-9));
        }
        assertThat(estimate.degreesOfFreedom()).isEqualTo(900 - 300 - 25);
        assertThat(estimate.sigma2()).isCloseTo(residuals / 575, within(1e-9));
    }

    @Test
    void noScoresEstimateNothing() {
        SeverityEstimator.Estimate estimate = SeverityEstimator.estimate(new SeverityEstimator.Scores());

        assertThat(estimate.severities()).isEmpty();
        assertThat(estimate.sigma2()).isEqualTo(0.5);
    }
}
