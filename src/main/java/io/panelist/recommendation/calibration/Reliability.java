package io.panelist.recommendation.calibration;

import java.util.List;

/**
 * ICC(1,1), one-way random effects, unbalanced groups (DESIGN.md). Targets are (application, topic) pairs with two
 * or more scores: k targets, N scores, MSB = SSB/(k-1), MSW = SSW/(N-k), n0 = (N - sum(n_i^2)/N)/(k-1),
 * ICC = (MSB - MSW)/(MSB + (n0 - 1) MSW); null with fewer than 2 targets or a zero denominator.
 * <p>
 * Version 2 adds what a panel's reliability means for the panel: {@code iccPanel}, the reliability of the mean of
 * n0 scores by Spearman-Brown, n0 ICC / (1 + (n0 - 1) ICC), null when ICC is null or negative (a panel that does
 * not agree is not made to agree by averaging); the 95% interval of ICC(1,1) by Shrout and Fleiss's F-interval,
 * F0 = MSB/MSW, FL = F0 / F(0.975; k-1, N-k), FU = F0 F(0.975; N-k, k-1), low = (FL-1)/(FL+n0-1),
 * high = (FU-1)/(FU+n0-1); and {@code enoughData}, k >= 5.
 * The interval is null where F0 is not a number: fewer than 2 targets, or MSW = 0 (every target's scores alike),
 * where the F statistic is infinite and an interval of [1, 1] would claim a certainty a handful of scores cannot give.
 * Pure.
 */
final class Reliability {
    static final int ENOUGH_TARGETS = 5;
    private static final double ZERO = 1e-12;
    private static final double CONFIDENCE_QUANTILE = 0.975;

    private Reliability() {
    }

    /** One target: how many scores, their sum and the sum of their squares. */
    record Target(int count, double sum, double sumOfSquares) {
    }

    /** Unrounded; every number is null where it is not defined. */
    record Estimate(Double icc, Double iccPanel, Double ci95Low, Double ci95High, boolean enoughData) {
    }

    static Double icc(List<Target> targets) {
        return estimate(targets).icc();
    }

    static Estimate estimate(List<Target> targets) {
        int k = targets.size();
        boolean enoughData = k >= ENOUGH_TARGETS;
        if (k < 2) {
            return new Estimate(null, null, null, null, enoughData);
        }
        MeanSquares squares = MeanSquares.of(targets);
        Double icc = icc(squares);
        Double iccPanel = icc == null || icc < 0 ? null : squares.n0() * icc / (1 + (squares.n0() - 1) * icc);
        if (squares.msw() < ZERO) {
            return new Estimate(icc, iccPanel, null, null, enoughData);
        }
        double f0 = squares.msb() / squares.msw();
        double fLow = f0 / FDistribution.quantile(CONFIDENCE_QUANTILE, k - 1, squares.n() - k);
        double fHigh = f0 * FDistribution.quantile(CONFIDENCE_QUANTILE, squares.n() - k, k - 1);
        return new Estimate(icc, iccPanel, (fLow - 1) / (fLow + squares.n0() - 1),
                (fHigh - 1) / (fHigh + squares.n0() - 1), enoughData);
    }

    private static Double icc(MeanSquares squares) {
        double denominator = squares.msb() + (squares.n0() - 1) * squares.msw();
        if (Math.abs(denominator) < ZERO) {
            return null;
        }
        return (squares.msb() - squares.msw()) / denominator;
    }

    /** The one-way analysis of variance of k >= 2 targets: N scores, MSB, MSW and the mean group size n0. */
    private record MeanSquares(double n, double msb, double msw, double n0) {
        static MeanSquares of(List<Target> targets) {
            int k = targets.size();
            double n = targets.stream().mapToDouble(Target::count).sum();
            double grandMean = targets.stream().mapToDouble(Target::sum).sum() / n;
            double ssb = 0;
            double ssw = 0;
            double squaredCounts = 0;
            for (Target target : targets) {
                double mean = target.sum() / target.count();
                ssb += target.count() * (mean - grandMean) * (mean - grandMean);
                ssw += target.sumOfSquares() - target.sum() * target.sum() / target.count();
                squaredCounts += (double) target.count() * target.count();
            }
            double msw = n - k > 0 ? ssw / (n - k) : 0;
            return new MeanSquares(n, ssb / (k - 1), msw, (n - squaredCounts / n) / (k - 1));
        }
    }
}
