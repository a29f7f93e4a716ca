package io.panelist.web.questionbank;

import io.panelist.questionbank.Level;
import io.panelist.questionbank.QuestionKind;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The words and dates the bank pages show, written out here rather than in the templates. */
final class QuestionBankWording {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    /** A choice in a select: the value sent and the words shown. */
    record Option(String value, String label) {
    }

    private QuestionBankWording() {
    }

    static String level(Level level) {
        return switch (level) {
            case JUNIOR -> "Junior";
            case MID -> "Mid-level";
            case SENIOR -> "Senior";
        };
    }

    static String kind(QuestionKind kind) {
        return switch (kind) {
            case CONCEPT -> "Concept";
            case CODING -> "Coding";
            case DESIGN -> "Design";
            case BEHAVIORAL -> "Behavioral";
        };
    }

    static List<Option> levels() {
        return Arrays.stream(Level.values()).map(l -> new Option(l.name(), level(l))).toList();
    }

    static List<Option> kinds() {
        return Arrays.stream(QuestionKind.values()).map(k -> new Option(k.name(), kind(k))).toList();
    }

    /** A moment in the reader's time zone, such as {@code 3 Mar 2026, 14:05}. */
    static String when(Instant at, String zone) {
        return WHEN.format(at.atZone(ZoneId.of(zone)));
    }

    static String minutes(int minutes) {
        return minutes + " min";
    }

    static String plural(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
