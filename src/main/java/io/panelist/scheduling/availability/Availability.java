package io.panelist.scheduling.availability;

import io.micronaut.core.annotation.Nullable;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * When one person can interview: weekly hours in their zone, exceptions (times away), limits per day and per week
 * (weeks from Monday, days and weeks counted in {@code zone}) and the buffer kept free around each interview. A person
 * who saved no weekly hours is available Monday to Friday 09:00-17:00 ({@link #withDefaultHours}).
 */
public record Availability(UUID userId, ZoneId zone, List<WeeklyRange> weekly, List<Away> exceptions,
                           @Nullable Integer dailyLimit, @Nullable Integer weeklyLimit, int bufferMinutes) {

    /** Monday to Friday 09:00-17:00. */
    public static final List<WeeklyRange> DEFAULT_WEEK = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY).stream()
            .map(day -> new WeeklyRange(day, LocalTime.of(9, 0), 9 * 60, 17 * 60)).toList();

    public Availability {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(zone, "zone");
        weekly = List.copyOf(weekly);
        exceptions = List.copyOf(exceptions);
    }

    /** The hours that apply: the saved ones, or the default week when none were saved. */
    public List<WeeklyRange> hours() {
        return weekly.isEmpty() ? DEFAULT_WEEK : weekly;
    }

    /** A person with nothing saved: the default week in their own zone, no limits but Part 1's weekly one. */
    public static Availability withDefaultHours(UUID userId, ZoneId zone, @Nullable Integer weeklyLimit) {
        return new Availability(userId, zone, List.of(), List.of(), null, weeklyLimit, 0);
    }

    /**
     * One range of weekly hours: on {@code day}, from {@code fromMinute} to {@code toMinute} minutes after local
     * midnight, end excluded (1440 is midnight at the end of the day). {@code from} is the start as a time of day.
     */
    public record WeeklyRange(DayOfWeek day, LocalTime from, int fromMinute, int toMinute) {
        public static WeeklyRange of(DayOfWeek day, int fromMinute, int toMinute) {
            return new WeeklyRange(day, LocalTime.MIDNIGHT.plusMinutes(fromMinute), fromMinute, toMinute);
        }
    }

    /** A time away, end excluded. */
    public record Away(UUID id, Instant from, Instant to, @Nullable String reason) {
    }
}
