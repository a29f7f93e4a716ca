package io.panelist.web.recommendation;

import io.panelist.recommendation.calibration.ReliabilityResponse;

import java.util.Locale;

/**
 * A topic's reliability in the words a hiring manager reads: how far one panelist's score agrees with another's on
 * the same candidate, how far the panel's average does, how sure that is, and whether there are candidates enough
 * (five) to go by.
 */
final class ReliabilityWording {
    static final int ENOUGH_CANDIDATES = 5;

    private ReliabilityWording() {
    }

    static String sentence(String topic, ReliabilityResponse.Topic reliability) {
        if (reliability.icc() == null && reliability.targets() >= 2 && reliability.enoughData()) {
            return topic + ": every score so far is the same, so agreement cannot be measured yet.";
        }
        if (reliability.icc() == null) {
            return topic + ": not enough data yet: " + candidates(reliability.targets())
                    + " scored by two or more panelists, at least " + ENOUGH_CANDIDATES + " are needed.";
        }
        return topic + ": " + agreement(reliability) + interval(reliability) + early(reliability);
    }

    private static String agreement(ReliabilityResponse.Topic reliability) {
        if (reliability.icc() < 0) {
            return "no agreement (" + number(reliability.icc()) + "). Panelists scoring the same candidate differ "
                    + "more than the candidates do, so neither one score nor the panel's average says much here.";
        }
        String panel = reliability.iccPanel() == null ? ""
                : "; the panel's average, " + number(reliability.iccPanel()) + " with another panel's like it";
        return "one panelist's score agrees " + number(reliability.icc()) + " with another panelist's on the same "
                + "candidate" + panel + " (0 is chance, 1 is always the same).";
    }

    private static String interval(ReliabilityResponse.Topic reliability) {
        if (reliability.ci95Low() == null || reliability.ci95High() == null) {
            return " Each candidate got the same score from every panelist so far, too little variety to say how "
                    + "sure that is.";
        }
        return " One panelist's agreement is between " + number(reliability.ci95Low()) + " and "
                + number(reliability.ci95High()) + ", 95% sure.";
    }

    private static String early(ReliabilityResponse.Topic reliability) {
        if (reliability.enoughData()) {
            return "";
        }
        return " Not enough data yet to rely on: " + candidates(reliability.targets()) + ", at least "
                + ENOUGH_CANDIDATES + " are needed.";
    }

    private static String candidates(int targets) {
        return targets == 1 ? "only 1 candidate" : "only " + targets + " candidates";
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value).replace('-', '−');
    }
}
