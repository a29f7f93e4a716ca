package io.panelist.scheduling.findtimes;

import io.panelist.scheduling.availability.Availability.WeeklyRange;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Weekly hours as minutes on the timeline. A minute is inside when its local time (in the person's zone, at that
 * instant) falls in a range of its local day. The timeline is walked in stretches of one UTC offset, between the
 * zone's transitions, so that hours across a daylight-saving switch follow local time: 09:00-17:00 stays 09:00-17:00
 * on the clock, and local times a switch skips are never inside.
 */
final class WeeklyHours {
    private WeeklyHours() {
    }

    static void mark(BitSet free, Grid grid, ZoneId zone, List<WeeklyRange> hours) {
        Map<DayOfWeek, List<WeeklyRange>> byDay = new EnumMap<>(DayOfWeek.class);
        hours.forEach(range -> byDay.computeIfAbsent(range.day(), day -> new ArrayList<>()).add(range));
        ZoneRules rules = zone.getRules();
        Instant t = grid.minute(0);
        Instant end = grid.minute(grid.minutes());
        while (t.isBefore(end)) {
            ZoneOffset offset = rules.getOffset(t);
            ZoneOffsetTransition next = rules.nextTransition(t);
            Instant stretchEnd = next == null || next.getInstant().isAfter(end) ? end : next.getInstant();
            markStretch(free, grid, byDay, offset, t, stretchEnd);
            t = stretchEnd;
        }
    }

    private static void markStretch(BitSet free, Grid grid, Map<DayOfWeek, List<WeeklyRange>> byDay,
                                    ZoneOffset offset, Instant from, Instant to) {
        LocalDate last = LocalDateTime.ofInstant(to, offset).toLocalDate();
        for (LocalDate day = LocalDateTime.ofInstant(from, offset).toLocalDate(); !day.isAfter(last);
             day = day.plusDays(1)) {
            for (WeeklyRange range : byDay.getOrDefault(day.getDayOfWeek(), List.of())) {
                Instant a = day.atStartOfDay().plusMinutes(range.fromMinute()).toInstant(offset);
                Instant b = day.atStartOfDay().plusMinutes(range.toMinute()).toInstant(offset);
                Instant start = a.isBefore(from) ? from : a;
                Instant stop = b.isAfter(to) ? to : b;
                if (start.isBefore(stop)) {
                    grid.setInside(free, start, stop);
                }
            }
        }
    }
}
