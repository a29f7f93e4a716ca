package io.panelist.scheduling.findtimes;

import io.panelist.scheduling.availability.Availability;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One person's side of every start, worked out once: the minutes they are free (inside their weekly hours, outside
 * their exceptions, and clear of every live interview by their buffer), the starts where one more interview keeps
 * them within their daily and weekly limits, and how many interviews they already have in each start's week.
 */
final class PersonCalendar {
    private final UUID id;
    private final int topics;
    private final BitSet free;
    private final BitSet withinLimits;
    private final int[] weekLoad;

    private PersonCalendar(UUID id, int topics, BitSet free, BitSet withinLimits, int[] weekLoad) {
        this.id = id;
        this.topics = topics;
        this.free = free;
        this.withinLimits = withinLimits;
        this.weekLoad = weekLoad;
    }

    /** How many interviews the person has on each local day and in each week (by its Monday), in their zone. */
    record Counts(Map<LocalDate, Integer> perDay, Map<LocalDate, Integer> perWeek) {
        static Counts of(FindTimesInput.Person person) {
            ZoneId zone = person.availability().zone();
            Map<LocalDate, Integer> perDay = new HashMap<>();
            Map<LocalDate, Integer> perWeek = new HashMap<>();
            for (Window interview : person.interviews()) {
                LocalDate day = interview.from().atZone(zone).toLocalDate();
                perDay.merge(day, 1, Integer::sum);
                perWeek.merge(monday(day), 1, Integer::sum);
            }
            return new Counts(perDay, perWeek);
        }
    }

    /**
     * {@code topics} is the person's QUALIFIED topics of the stage, one bit per topic; {@code counts}, their
     * interviews counted by day and week (the same for every slice of a window, so counted once).
     */
    static PersonCalendar of(Grid grid, FindTimesInput.Person person, int topics, Counts counts) {
        Availability availability = person.availability();
        BitSet free = new BitSet(grid.minutes());
        WeeklyHours.mark(free, grid, availability.zone(), availability.hours());
        availability.exceptions().forEach(away -> grid.clearTouching(free, away.from(), away.to()));
        long buffer = availability.bufferMinutes() * 60L;
        person.interviews().forEach(interview -> grid.clearTouching(free, interview.from().minusSeconds(buffer),
                interview.to().plusSeconds(buffer)));
        BitSet withinLimits = new BitSet(grid.quarters());
        int[] weekLoad = new int[grid.quarters()];
        countDays(grid, person.availability(), counts, withinLimits, weekLoad);
        return new PersonCalendar(person.id(), topics, free, withinLimits, weekLoad);
    }

    UUID id() {
        return id;
    }

    int topics() {
        return topics;
    }

    /** Whether the person can take the interview starting at {@code quarter}. */
    boolean fits(Grid grid, int quarter) {
        return withinLimits.get(quarter) && grid.allSet(free, quarter);
    }

    /** The person's interviews in the week of the start, in their zone (the new one not counted). */
    int weekLoad(int quarter) {
        return weekLoad[quarter];
    }

    /** Walks the person's local days over the starts: each day's starts share its day and week counts. */
    private static void countDays(Grid grid, Availability availability, Counts counts, BitSet withinLimits,
                                  int[] weekLoad) {
        if (grid.quarters() == 0) {
            return;
        }
        ZoneId zone = availability.zone();
        Map<LocalDate, Integer> perDay = counts.perDay();
        Map<LocalDate, Integer> perWeek = counts.perWeek();
        LocalDate last = grid.start(grid.quarters() - 1).atZone(zone).toLocalDate();
        for (LocalDate day = grid.start(0).atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            int first = grid.quarterAtOrAfter(day.atStartOfDay(zone).toInstant());
            int end = grid.quarterAtOrAfter(day.plusDays(1).atStartOfDay(zone).toInstant());
            int today = perDay.getOrDefault(day, 0);
            int thisWeek = perWeek.getOrDefault(monday(day), 0);
            boolean within = within(today, availability.dailyLimit()) && within(thisWeek, availability.weeklyLimit());
            if (within && first < end) {
                withinLimits.set(first, end);
            }
            java.util.Arrays.fill(weekLoad, first, end, thisWeek);
        }
    }

    /** One more interview keeps the count within the limit (none means no limit). */
    private static boolean within(int count, Integer limit) {
        return limit == null || count + 1 <= limit;
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
