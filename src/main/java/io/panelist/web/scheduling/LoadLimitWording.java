package io.panelist.web.scheduling;

import io.panelist.scheduling.PanelistOverLimit;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Who a refused booking or move would take over which limit, as the scheduling form says it: "Ana Alvarez already has
 * 5 interviews in the week of Monday 7 December 2026; their weekly limit is 5." The count leaves out the interview
 * being booked; when moving one, the others are "other" interviews, the moved one being already theirs.
 */
final class LoadLimitWording {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private LoadLimitWording() {
    }

    static List<String> sentences(List<PanelistOverLimit> over, boolean moving) {
        return over.stream().map(o -> sentence(o, moving)).toList();
    }

    static String sentence(PanelistOverLimit over, boolean moving) {
        long already = over.interviews() - 1;
        String interviews = already + (moving ? " other" : "") + (already == 1 ? " interview" : " interviews");
        String when = (over.weekly() ? "in the week of " : "on ") + DAY.format(over.day());
        return over.name() + " already has " + interviews + " " + when + "; their " + (over.weekly() ? "weekly"
                : "daily") + " limit is " + over.limit() + ".";
    }
}
