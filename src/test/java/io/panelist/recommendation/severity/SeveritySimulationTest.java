package io.panelist.recommendation.severity;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21's simulation: interviewers with known severities score candidates with known abilities, with noise, on
 * the 1-4 scale; the calibrated means (m[a,t], clamped to [1, 4]) come closer to the true abilities than the raw
 * means. Prints both errors; README.md quotes them.
 */
class SeveritySimulationTest {
    static final int INTERVIEWERS = 40;
    static final int CANDIDATES = 600;
    static final int TOPICS = 4;
    static final int PANEL = 4;

    @Test
    void calibratedMeansComeCloserToTheTrueAbilitiesThanRawMeans() {
        Random random = new Random(2026);
        double[] severity = new double[INTERVIEWERS];
        for (int r = 0; r < INTERVIEWERS; r++) {
            severity[r] = 0.5 * random.nextGaussian();
        }
        severity[0] = 1.4;
        double[] ability = new double[CANDIDATES * TOPICS];
        double[] rawSum = new double[ability.length];
        int[] rawCount = new int[ability.length];
        SeverityEstimator.Scores scores = new SeverityEstimator.Scores();
        for (int a = 0; a < CANDIDATES; a++) {
            int[] panel = random.ints(0, INTERVIEWERS).distinct().limit(PANEL).toArray();
            for (int t = 0; t < TOPICS; t++) {
                int cell = a * TOPICS + t;
                ability[cell] = 1.5 + 2 * random.nextDouble();
                // each topic is scored by two of the four panelists
                for (int k = 0; k < 2; k++) {
                    int rater = panel[(t + k) % PANEL];
                    double x = Math.round(ability[cell] + severity[rater] + 0.5 * random.nextGaussian());
                    x = Math.max(1, Math.min(4, x));
                    scores.add(cell, rater, x);
                    rawSum[cell] += x;
                    rawCount[cell]++;
                }
            }
        }
        SeverityEstimator.Estimate estimate = SeverityEstimator.estimate(scores);

        double rawError = 0;
        double calibratedError = 0;
        for (int cell = 0; cell < ability.length; cell++) {
            double raw = rawSum[cell] / rawCount[cell];
            double calibrated = Math.max(1, Math.min(4, estimate.cellMeans()[cell]));
            rawError += (raw - ability[cell]) * (raw - ability[cell]);
            calibratedError += (calibrated - ability[cell]) * (calibrated - ability[cell]);
        }
        double rawRmse = Math.sqrt(rawError / ability.length);
        double calibratedRmse = Math.sqrt(calibratedError / ability.length);
        System.out.printf("simulation: %d interviewers, %d candidates x %d topics, %d scores: RMSE raw %.4f,"
                        + " calibrated %.4f (%.1f%% less); severity of the +1.4 interviewer estimated %.4f%n",
                INTERVIEWERS, CANDIDATES, TOPICS, estimate.scores(), rawRmse, calibratedRmse,
                100 * (1 - calibratedRmse / rawRmse), estimate.severities()[0]);

        assertThat(calibratedRmse).isLessThan(rawRmse);
        assertThat(estimate.severities()[0]).isGreaterThan(1.0);
    }
}
