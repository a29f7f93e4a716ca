package io.panelist.recommendation.calibration;

/**
 * Fisher's F distribution with d1 and d2 degrees of freedom: P(F <= f) = I_x(d1/2, d2/2) with x = d1 f / (d1 f + d2),
 * and its quantile by bisection on x, which keeps the search inside [0, 1] whatever the degrees of freedom. Pure.
 */
final class FDistribution {
    /** The quantile is found to this relative precision in f. */
    static final double PRECISION = 1e-12;
    private static final int MAX_HALVINGS = 2_000;

    private FDistribution() {
    }

    static double cdf(double f, double d1, double d2) {
        requireDegrees(d1, d2);
        if (f <= 0) {
            return 0;
        }
        if (Double.isInfinite(f)) {
            return 1;
        }
        return IncompleteBeta.regularized(d1 * f / (d1 * f + d2), d1 / 2, d2 / 2);
    }

    /** The f with P(F <= f) = p, for 0 < p < 1, such as F(0.975; d1, d2) of an F table. */
    static double quantile(double p, double d1, double d2) {
        requireDegrees(d1, d2);
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("an F quantile needs 0 < p < 1");
        }
        double low = 0;
        double high = 1;
        for (int i = 0; i < MAX_HALVINGS; i++) {
            double middle = (low + high) / 2;
            if (middle <= low || middle >= high) {
                break;
            }
            if (IncompleteBeta.regularized(middle, d1 / 2, d2 / 2) < p) {
                low = middle;
            } else {
                high = middle;
            }
            if (high < 1 && f(high, d1, d2) - f(low, d1, d2) <= PRECISION * f(high, d1, d2)) {
                break;
            }
        }
        return f((low + high) / 2, d1, d2);
    }

    /** The f whose x = d1 f / (d1 f + d2) is the given one. */
    private static double f(double x, double d1, double d2) {
        return d2 * x / (d1 * (1 - x));
    }

    private static void requireDegrees(double d1, double d2) {
        if (!(d1 > 0 && d2 > 0) || Double.isInfinite(d1) || Double.isInfinite(d2)) {
            throw new IllegalArgumentException("the F distribution needs finite d1 > 0 and d2 > 0");
        }
    }
}
