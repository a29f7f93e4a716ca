package io.panelist.recommendation.policy;

import java.util.List;

/**
 * How sure a recommendation is (DESIGN.md, "Recommendation rules, version 2"): with sigma2 the residual variance of
 * the severity estimate, a topic's standard error is sqrt(sigma2 / evidence) and the overall score's
 * sqrt(sum w^2 sigma2 / evidence) / sum w; the answer carries the 80% interval, overallScore -/+ 1.2816 standard
 * errors clamped to [1, 4], and the probability that the candidate is at or above the hire bar,
 * Phi((overallScore - hire) / se). Pure.
 */
public final class Uncertainty {
    /** The 90th percentile of the standard normal: an interval of 80%. */
    static final double Z80 = 1.2816;

    private Uncertainty() {
    }

    /** A topic's weight and evidence, for the overall score's standard error. */
    public record Weighted(double weight, int evidence) {
    }

    public record Interval(double low, double high) {
    }

    public static double topicStandardError(double sigma2, int evidence) {
        return Math.sqrt(sigma2 / evidence);
    }

    /** Over the topics with evidence. */
    public static double overallStandardError(double sigma2, List<Weighted> topics) {
        double variance = 0;
        double weights = 0;
        for (Weighted topic : topics) {
            if (topic.evidence() > 0) {
                variance += topic.weight() * topic.weight() * sigma2 / topic.evidence();
                weights += topic.weight();
            }
        }
        return Math.sqrt(variance) / weights;
    }

    public static Interval interval(double overallScore, double standardError) {
        return new Interval(clamp(overallScore - Z80 * standardError), clamp(overallScore + Z80 * standardError));
    }

    /**
     * Phi((value - bar) / se); with no error at all, certainty either way (a value within 1e-9 of the bar meets it,
     * as the rules compare).
     */
    public static double probabilityAtLeast(double value, double bar, double standardError) {
        if (standardError <= 0) {
            return DecisionPolicy.atLeast(value, bar) ? 1.0 : 0.0;
        }
        return phi((value - bar) / standardError);
    }

    /**
     * The standard normal distribution function, to about 1e-14: Hart's rational approximation as given by West,
     * "Better approximations to cumulative normal functions" (2005).
     */
    public static double phi(double x) {
        double z = Math.abs(x);
        double tail;
        if (z > 37) {
            tail = 0;
        } else {
            double e = Math.exp(-z * z / 2);
            if (z < 7.07106781186547) {
                double n = 3.52624965998911E-02 * z + 0.700383064443688;
                n = n * z + 6.37396220353165;
                n = n * z + 33.912866078383;
                n = n * z + 112.079291497871;
                n = n * z + 221.213596169931;
                n = n * z + 220.206867912376;
                double d = 8.83883476483184E-02 * z + 1.75566716318264;
                d = d * z + 16.064177579207;
                d = d * z + 86.7807322029461;
                d = d * z + 296.564248779674;
                d = d * z + 637.333633378831;
                d = d * z + 793.826512519948;
                d = d * z + 440.413735824752;
                tail = e * n / d;
            } else {
                double d = z + 0.65;
                d = z + 4 / d;
                d = z + 3 / d;
                d = z + 2 / d;
                d = z + 1 / d;
                tail = e / d / 2.506628274631;
            }
        }
        return x > 0 ? 1 - tail : tail;
    }

    private static double clamp(double score) {
        return Math.max(1.0, Math.min(4.0, score));
    }
}
