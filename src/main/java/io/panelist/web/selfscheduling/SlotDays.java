package io.panelist.web.selfscheduling;

import io.panelist.scheduling.links.PublicSchedulingView;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The offered slots grouped by day as the page shows them without a script: in UTC, which the page says. The
 * page's script regroups them by the days of the browser's own time zone.
 */
final class SlotDays {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private SlotDays() {
    }

    record Day(String label, List<Slot> slots) {
    }

    /** One slot: the instants for the script and the form, and the UTC words for everyone else. */
    record Slot(String startsAt, String endsAt, String time, String day) {
    }

    static List<Day> of(List<PublicSchedulingView.Slot> slots) {
        Map<String, List<Slot>> days = new LinkedHashMap<>();
        for (PublicSchedulingView.Slot slot : slots) {
            String day = DAY.format(slot.startsAt());
            days.computeIfAbsent(day, d -> new ArrayList<>()).add(new Slot(slot.startsAt().toString(),
                    slot.endsAt().toString(), span(slot.startsAt(), slot.endsAt()), day));
        }
        return days.entrySet().stream().map(day -> new Day(day.getKey(), List.copyOf(day.getValue()))).toList();
    }

    /** "Monday 10 March 2031, 08:00–09:00 UTC". */
    static String when(Instant startsAt, Instant endsAt) {
        return DAY.format(startsAt) + ", " + span(startsAt, endsAt) + " UTC";
    }

    private static String span(Instant startsAt, Instant endsAt) {
        return TIME.format(startsAt) + "–" + TIME.format(endsAt);
    }
}
