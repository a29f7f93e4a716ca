package io.panelist.web.recommendation;

import io.panelist.recommendation.policy.Confidence;
import io.panelist.recommendation.policy.Outcome;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the manager's pages call things: outcomes, confidence, votes and decisions in words, dates in a zone. */
final class ReviewWording {
    private static final Pattern OUTCOME_NAMES = Pattern.compile(
            "\\b(STRONG_NO_HIRE|STRONG_HIRE|NO_HIRE|HIRE|INSUFFICIENT_EVIDENCE)\\b");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);
    private static final Map<String, String> VOTES = Map.of("STRONG_NO", "Strong no", "NO", "No", "YES", "Yes",
            "STRONG_YES", "Strong yes");

    private ReviewWording() {
    }

    static String outcome(Outcome outcome) {
        return outcome.words();
    }

    /** A CSS class for an outcome badge: its colour says hire, no hire or not yet. */
    static String outcomeClass(Outcome outcome) {
        return "outcome outcome-" + outcome.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String confidence(Confidence confidence) {
        return confidence.words();
    }

    static String confidenceClass(Confidence confidence) {
        return "confidence confidence-" + confidence.name().toLowerCase(Locale.ROOT);
    }

    /**
     * How sure the recommendation is of the side of the hire bar the candidate is on, from probabilityAtLeastHire:
     * "80% sure the candidate is at or above the hire bar", or below it when that is the likelier side. Whole
     * percents; "over 99%" rather than a 100% no model can promise.
     */
    static String certainty(double probabilityAtLeastHire) {
        boolean above = probabilityAtLeastHire >= 0.5;
        double side = above ? probabilityAtLeastHire : 1 - probabilityAtLeastHire;
        String percent = side > 0.99 ? "Over 99%" : Math.round(side * 100) + "%";
        return percent + " sure the candidate is " + (above ? "at or above" : "below") + " the hire bar";
    }

    /** The 80% interval of the overall score, in words. */
    static String interval(double low, double high) {
        return String.format(Locale.ROOT, "The overall score is probably (80%%) between %.2f and %.2f", low, high);
    }

    /** A decision's outcome (HIRE or NO_HIRE) in words; null stays null. */
    static String decision(String decision) {
        if (decision == null) {
            return null;
        }
        return "HIRE".equals(decision) ? "Hire" : "No hire";
    }

    static String vote(String vote) {
        return VOTES.getOrDefault(vote, vote);
    }

    /** A service message in words: outcome names (NO_HIRE) become what the pages call them (no hire). */
    static String plain(String message) {
        Matcher names = OUTCOME_NAMES.matcher(message);
        StringBuilder out = new StringBuilder();
        while (names.find()) {
            names.appendReplacement(out, outcome(Outcome.valueOf(names.group(1))).toLowerCase(Locale.ROOT));
        }
        names.appendTail(out);
        String text = out.toString();
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** What the decision form says of the scorecards still to come; empty when none is. */
    static String pendingScorecards(int pending) {
        if (pending == 0) {
            return "";
        }
        return (pending == 1 ? "1 scorecard is" : pending + " scorecards are")
                + " still pending for this candidate. The recommendation does not include "
                + (pending == 1 ? "it" : "them") + " yet: wait for " + (pending == 1 ? "it" : "them")
                + ", or tick the box to decide without " + (pending == 1 ? "it" : "them") + ".";
    }

    /** Why a decision with scorecards pending was refused, beside the box that acknowledges them. */
    static String pendingRefusal(int pending) {
        return (pending == 1 ? "1 scorecard is" : pending + " scorecards are") + " still pending. Tick \"Decide without"
                + " the pending scorecards\" to decide now, or wait for " + (pending == 1 ? "it." : "them.");
    }

    static String score(Double score) {
        return score == null ? "–" : String.format(Locale.ROOT, "%.2f", score);
    }

    static String when(Instant instant, ZoneId zone) {
        return instant == null ? "" : WHEN.format(instant.atZone(zone));
    }
}
