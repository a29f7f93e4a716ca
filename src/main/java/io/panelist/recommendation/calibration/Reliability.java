package io.panelist.recommendation.calibration;

import java.util.List;

/**
 * ICC(1,1), one-way random effects, unbalanced groups (DESIGN.md). Targets are (application, topic) pairs with two
 * or more scores: k targets, N scores, MSB = SSB/(k-1), MSW = SSW/(N-k), n0 = (N - sum(n_i^2)/N)/(k-1),
 * ICC = (MSB - MSW)/(MSB + (n0 - 1) MSW); null with fewer than 2 targets or a zero denominator. Pure.
 */
final class Reliability {
    private Reliability() {
    }

    /** One target: how many scores, their sum and the sum of their squares. */
    record Target(int count, double sum, double sumOfSquares) {
    }

    static Double icc(List<Target> targets) {
        int k = targets.size();
        if (k < 2) {
            return null;
        }
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
        double msb = ssb / (k - 1);
        double msw = n - k > 0 ? ssw / (n - k) : 0;
        double n0 = (n - squaredCounts / n) / (k - 1);
        double denominator = msb + (n0 - 1) * msw;
        if (Math.abs(denominator) < 1e-12) {
            return null;
        }
        return (msb - msw) / denominator;
    }
}
