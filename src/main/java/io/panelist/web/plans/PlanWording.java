package io.panelist.web.plans;

import io.panelist.plans.PlanStatus;
import io.panelist.plans.StageKind;
import io.panelist.questionbank.topics.Anchor;
import io.panelist.questionbank.Level;
import io.panelist.questionbank.QuestionKind;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The words and numbers the plan pages show for the plan's enums, weights, thresholds and dates. */
final class PlanWording {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    record Option(String value, String label) {
    }

    private PlanWording() {
    }

    static String kind(StageKind kind) {
        return switch (kind) {
            case SCREEN -> "Screen";
            case TECHNICAL -> "Technical";
            case DESIGN -> "Design";
            case BEHAVIORAL -> "Behavioral";
            case TAKE_HOME -> "Take-home";
        };
    }

    static List<Option> kinds() {
        return Arrays.stream(StageKind.values()).map(k -> new Option(k.name(), kind(k))).toList();
    }

    static String status(PlanStatus status) {
        return switch (status) {
            case DRAFT -> "Draft";
            case PUBLISHED -> "Published";
            case ARCHIVED -> "Archived";
        };
    }

    static String statusClass(PlanStatus status) {
        return "plan-" + status.name().toLowerCase(Locale.ROOT);
    }

    /** Minimum scores 1..4 named as the rubric names them. */
    static List<Option> scores() {
        return List.of(new Option("1", score(1)), new Option("2", score(2)), new Option("3", score(3)),
                new Option("4", score(4)));
    }

    static String score(int score) {
        return score + " · " + Anchor.DEFAULT_LABELS.get(score - 1);
    }

    static String question(Level level, QuestionKind kind) {
        return capitalized(level.name()) + " · " + capitalized(kind.name());
    }

    /** 2.0 shows as 2, 1.5 as 1.5: what a person would type. */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Thresholds keep two decimals, as the plan stores them: 3.0 shows as 3.00 in a number field's step. */
    static String threshold(double value) {
        return BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    static String day(Instant instant, String zone) {
        return DAY.format(instant.atZone(ZoneId.of(zone)));
    }

    static String minutes(int minutes) {
        return minutes >= 60 && minutes % 60 == 0 ? minutes / 60 + " h"
                : minutes > 60 ? minutes / 60 + " h " + minutes % 60 + " min" : minutes + " min";
    }

    private static String capitalized(String name) {
        String words = name.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
