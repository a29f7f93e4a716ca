package io.panelist.scheduling.findtimes;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;

/**
 * The span of whole weeks (Monday to Sunday, in each of the pool's zones) that a window touches: the interviews
 * find-times reads for the pool's limits and weekly loads, and nothing before or after, since a start counts only the
 * interviews of its own day and week.
 */
final class WeekBounds {
    private WeekBounds() {
    }

    /** The earliest start, in any of the zones, of the Monday of the week {@code from} falls in. */
    static Instant firstMonday(Collection<ZoneId> zones, Instant from) {
        Instant earliest = from;
        for (ZoneId zone : zones) {
            Instant monday = from.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .atStartOfDay(zone).toInstant();
            earliest = monday.isBefore(earliest) ? monday : earliest;
        }
        return earliest;
    }

    /** The latest end, in any of the zones, of the Sunday of the week {@code to} falls in. */
    static Instant afterLastSunday(Collection<ZoneId> zones, Instant to) {
        Instant latest = to;
        for (ZoneId zone : zones) {
            Instant end = to.atZone(zone).toLocalDate().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))
                    .plusDays(1).atStartOfDay(zone).toInstant();
            latest = end.isAfter(latest) ? end : latest;
        }
        return latest;
    }
}
