package io.panelist.scheduling.availability;

import io.panelist.shared.problem.FieldProblem;

import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rules a whole availability must meet beyond each field's own format: every weekly range ends after it starts,
 * no two ranges of one day overlap (back to back is fine), every time away ends after it starts. Each broken rule is a
 * problem naming the field as the API writes it ({@code weekly[1].to}). Fields whose format is already wrong are left
 * to their own constraint.
 */
final class AvailabilityRules {
    private static final int FIRST_YEAR = 1970;
    private static final int LAST_YEAR = 9999;

    private AvailabilityRules() {
    }

    static List<FieldProblem> problems(SaveAvailabilityRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.weekly() != null) {
            weeklyProblems(request.weekly(), problems);
        }
        if (request.exceptions() != null) {
            for (int i = 0; i < request.exceptions().size(); i++) {
                awayProblems(request.exceptions().get(i), "exceptions[" + i + "]", problems);
            }
        }
        return problems;
    }

    /** Minutes after local midnight of an "HH:MM" the constraints accepted ("24:00" is 1440). */
    static int minutes(String time) {
        return Integer.parseInt(time.substring(0, 2)) * 60 + Integer.parseInt(time.substring(3, 5));
    }

    /** "HH:MM" of minutes after local midnight. */
    static String time(int minutes) {
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }

    /** The ISO number of a day name the constraints accepted (MONDAY is 1). */
    static int isoDay(String day) {
        return DayOfWeek.valueOf(day).getValue();
    }

    private static void weeklyProblems(List<WeeklyHours> weekly, List<FieldProblem> problems) {
        List<Integer> sound = new ArrayList<>();
        for (int i = 0; i < weekly.size(); i++) {
            WeeklyHours hours = weekly.get(i);
            if (hours == null || !readable(hours)) {
                continue;
            }
            if (minutes(hours.to()) <= minutes(hours.from())) {
                problems.add(new FieldProblem("weekly[" + i + "].to", "must be after from (" + hours.from() + ")"));
            } else {
                sound.add(i);
            }
        }
        List<Integer> byStart = sound.stream().sorted(Comparator
                .comparing((Integer i) -> isoDay(weekly.get(i).day()))
                .thenComparing(i -> minutes(weekly.get(i).from()))
                .thenComparing(i -> i)).toList();
        Integer reach = null;
        for (int i : byStart) {
            WeeklyHours hours = weekly.get(i);
            WeeklyHours before = reach == null ? null : weekly.get(reach);
            if (before != null && before.day().equals(hours.day())
                    && minutes(hours.from()) < minutes(before.to())) {
                int first = Math.min(i, reach);
                int second = Math.max(i, reach);
                problems.add(new FieldProblem("weekly[" + second + "].from", "overlaps weekly[" + first + "], "
                        + words(weekly.get(first)) + "; ranges of one day may touch but not overlap"));
            }
            if (before == null || !before.day().equals(hours.day()) || minutes(hours.to()) > minutes(before.to())) {
                reach = i;
            }
        }
    }

    private static void awayProblems(TimeAway away, String field, List<FieldProblem> problems) {
        if (away == null || away.from() == null || away.to() == null) {
            return;
        }
        if (outOfRange(away.from())) {
            problems.add(new FieldProblem(field + ".from", "must be between the years 1970 and 9999"));
        }
        if (outOfRange(away.to())) {
            problems.add(new FieldProblem(field + ".to", "must be between the years 1970 and 9999"));
        } else if (!away.to().toInstant().isAfter(away.from().toInstant())) {
            problems.add(new FieldProblem(field + ".to", "must be after from"));
        }
    }

    private static boolean outOfRange(OffsetDateTime instant) {
        int year = instant.toInstant().atOffset(ZoneOffset.UTC).getYear();
        return year < FIRST_YEAR || year > LAST_YEAR;
    }

    private static boolean readable(WeeklyHours hours) {
        return hours.day() != null && hours.day().matches(WeeklyHours.DAY) && hours.from() != null
                && hours.from().matches(WeeklyHours.TIME) && hours.to() != null
                && hours.to().matches(WeeklyHours.TIME_OR_MIDNIGHT);
    }

    private static String words(WeeklyHours hours) {
        return hours.day() + " " + hours.from() + "-" + hours.to();
    }
}
