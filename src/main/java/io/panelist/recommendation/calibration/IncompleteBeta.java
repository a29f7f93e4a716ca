package io.panelist.recommendation.calibration;

/**
 * The regularized incomplete beta function I_x(a, b) and the log-gamma it needs, for the F distribution of the
 * reliability interval. The continued fraction is Numerical Recipes' betacf evaluated by the modified Lentz method;
 * it converges fast for x below (a + 1) / (a + b + 2), and the symmetry I_x(a, b) = 1 - I_(1-x)(b, a) covers the
 * rest. Pure.
 */
final class IncompleteBeta {
    private static final double EPSILON = 1e-15;
    private static final double TINY = 1e-300;
    /** Enough for the degrees of freedom of a 10,000-application position (the fraction needs about sqrt(a + b)). */
    private static final int MAX_TERMS = 100_000;
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
    /** Stirling's series for ln Gamma: B_2n / (2n (2n - 1)), n = 1..7. */
    private static final double[] STIRLING = {1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680, 1.0 / 1188,
            -691.0 / 360360, 1.0 / 156};

    private IncompleteBeta() {
    }

    static double regularized(double x, double a, double b) {
        if (!(a > 0 && b > 0) || Double.isNaN(x)) {
            throw new IllegalArgumentException("I_x(a, b) needs a > 0, b > 0 and a number x");
        }
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double logFront = a * Math.log(x) + b * Math.log1p(-x) - logBeta(a, b);
        if (x < (a + 1) / (a + b + 2)) {
            return Math.exp(logFront) * continuedFraction(x, a, b) / a;
        }
        return 1 - Math.exp(logFront) * continuedFraction(1 - x, b, a) / b;
    }

    static double logBeta(double a, double b) {
        return logGamma(a) + logGamma(b) - logGamma(a + b);
    }

    /** ln Gamma(x) for x > 0: shift x to 10 or more by Gamma(x + 1) = x Gamma(x), then Stirling's series. */
    static double logGamma(double x) {
        if (!(x > 0)) {
            throw new IllegalArgumentException("ln Gamma(x) needs x > 0");
        }
        double shift = 0;
        double z = x;
        while (z < 10) {
            shift += Math.log(z);
            z += 1;
        }
        double inverse = 1 / z;
        double inverseSquared = inverse * inverse;
        double series = 0;
        double power = inverse;
        for (double term : STIRLING) {
            series += term * power;
            power *= inverseSquared;
        }
        return (z - 0.5) * Math.log(z) - z + HALF_LOG_TWO_PI + series - shift;
    }

    private static double continuedFraction(double x, double a, double b) {
        double c = 1;
        double d = nonZero(1 - (a + b) * x / (a + 1));
        d = 1 / d;
        double result = d;
        for (int m = 1; m <= MAX_TERMS; m++) {
            double even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m));
            d = 1 / nonZero(1 + even * d);
            c = nonZero(1 + even / c);
            result *= d * c;
            double odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1));
            d = 1 / nonZero(1 + odd * d);
            c = nonZero(1 + odd / c);
            double step = d * c;
            result *= step;
            if (Math.abs(step - 1) < EPSILON) {
                return result;
            }
        }
        throw new ArithmeticException("I_x(a, b) did not converge for x " + x + ", a " + a + ", b " + b);
    }

    private static double nonZero(double value) {
        return Math.abs(value) < TINY ? TINY : value;
    }
}
