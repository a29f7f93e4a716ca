package io.panelist.recommendation.policy;

import java.util.List;

/**
 * Confidence of DESIGN.md's version 2, first that applies: LOW for INSUFFICIENT_EVIDENCE, a must-have with evidence
 * under 2, a must-have spread DISAGREEMENT, or a side probability under 0.7; HIGH when the side probability is at
 * least 0.9, no scorecard is pending and there is no DISAGREEMENT; else MEDIUM. Pure.
 */
public final class CalibratedConfidence {
    static final double LOW_BELOW = 0.7;
    static final double HIGH_FROM = 0.9;

    private CalibratedConfidence() {
    }

    /** A must-have topic the Part 1 rule failed: its minimum missed (on the calibrated mean) or a 1 given. */
    public record FailedMustHave(int minScore, double calibratedMean, double standardError, boolean scoredOne) {
    }

    /**
     * How probable the side the outcome is on: when must-have topics failed, whatever the score, the least over them
     * of Phi((minScore - calibratedMean) / se), 1 for one where a 1 was given; otherwise probabilityAtLeastHire for a
     * hire outcome and 1 minus it for one below hire.
     */
    public static double sideProbability(Outcome outcome, double probabilityAtLeastHire, List<FailedMustHave> failed) {
        if (!failed.isEmpty()) {
            double least = 1.0;
            for (FailedMustHave topic : failed) {
                double p = topic.scoredOne() ? 1.0 : Uncertainty.probabilityAtLeast(topic.minScore(),
                        topic.calibratedMean(), topic.standardError());
                least = Math.min(least, p);
            }
            return least;
        }
        return outcome.forHire() ? probabilityAtLeastHire : 1 - probabilityAtLeastHire;
    }

    /**
     * The confidence of a verdict decided as if no scorecard were pending, once one is: only HIGH needs none pending,
     * so HIGH becomes MEDIUM and the others stay (the rest of the verdict does not weigh pending scorecards).
     */
    public static Confidence whilePending(Confidence withNonePending, boolean pending) {
        return pending && withNonePending == Confidence.HIGH ? Confidence.MEDIUM : withNonePending;
    }

    /**
     * mustHaveThin: a must-have with evidence under 2; mustHaveDisputed: a must-have with a spread DISAGREEMENT;
     * anyDisagreement: a DISAGREEMENT of any kind (votes too).
     */
    public static Confidence of(Outcome outcome, boolean mustHaveThin, boolean mustHaveDisputed,
                                boolean anyDisagreement, int scorecardsPending, double sideProbability) {
        if (outcome == Outcome.INSUFFICIENT_EVIDENCE || mustHaveThin || mustHaveDisputed
                || sideProbability < LOW_BELOW) {
            return Confidence.LOW;
        }
        if (sideProbability >= HIGH_FROM && scorecardsPending == 0 && !anyDisagreement) {
            return Confidence.HIGH;
        }
        return Confidence.MEDIUM;
    }
}
