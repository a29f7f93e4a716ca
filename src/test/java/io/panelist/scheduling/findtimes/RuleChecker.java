package io.panelist.scheduling.findtimes;

import io.panelist.scheduling.availability.Availability;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rules of find-times written out plainly, minute by minute and panel by panel, sharing no code with the engine:
 * what each suggestion must meet, and by brute force which starts have a valid panel and what the cheapest costs.
 */
final class RuleChecker {
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private final FindTimesInput input;
    private final Map<UUID, FindTimesInput.Person> people;

    RuleChecker(FindTimesInput input) {
        this.input = input;
        this.people = input.pool().stream().collect(Collectors.toMap(FindTimesInput.Person::id, Function.identity()));
    }

    /** Every rule the suggestion breaks, by name; empty when it meets them all. */
    List<String> broken(Suggestion s) {
        List<String> broken = new ArrayList<>();
        Instant start = s.startsAt();
        Instant end = s.endsAt();
        check(broken, start.getEpochSecond() % 900 == 0 && start.getNano() == 0, "starts on a quarter hour");
        check(broken, end.equals(start.plus(Duration.ofMinutes(input.minutes()))), "lasts the stage's minutes");
        check(broken, !start.isBefore(input.from()) && !end.isAfter(input.to()), "inside the window");
        check(broken, !start.isBefore(input.now()), "not in the past");
        check(broken, s.panelistIds().size() == input.panelSize(), "panel of exactly panelSize");
        check(broken, new HashSet<>(s.panelistIds()).size() == s.panelistIds().size(), "no one twice");
        check(broken, s.panelistIds().containsAll(input.requiredPanelistIds()), "required panelists included");
        check(broken, people.keySet().containsAll(s.panelistIds()), "panelists from the pool");
        check(broken, candidateFree(start, end), "candidate free and inside their windows");
        check(broken, covers(s.panelistIds()), "every topic covered by a QUALIFIED panelist");
        for (UUID id : s.panelistIds()) {
            FindTimesInput.Person person = people.get(id);
            if (person != null) {
                check(broken, insideWeeklyHours(person.availability(), start, end), "weekly hours of " + id);
                check(broken, outsideExceptions(person.availability(), start, end), "exceptions of " + id);
                check(broken, clearByBuffer(person, start, end), "buffer of " + id);
                check(broken, withinDailyLimit(person, start), "daily limit of " + id);
                check(broken, withinWeeklyLimit(person, start), "weekly limit of " + id);
            }
        }
        return broken;
    }

    /** Every quarter-hour start with a valid panel, with the smallest load sum such a panel has, in time order. */
    List<Feasible> feasibleStarts() {
        List<Feasible> feasible = new ArrayList<>();
        long first = Math.floorDiv(input.from().getEpochSecond(), 900) * 900;
        for (Instant start = Instant.ofEpochSecond(first); !start.plus(length()).isAfter(input.to());
             start = start.plusSeconds(900)) {
            if (start.isBefore(input.from()) || start.isBefore(input.now())) {
                continue;
            }
            cheapestPanel(start).ifPresent(feasible::add);
        }
        return feasible;
    }

    record Feasible(Instant start, int load) {
    }

    /** The sum of each panelist's interviews in their own week of the start. */
    int load(List<UUID> panel, Instant start) {
        return panel.stream().mapToInt(id -> weekCount(people.get(id), start)).sum();
    }

    private Optional<Feasible> cheapestPanel(Instant start) {
        Instant end = start.plus(length());
        if (!candidateFree(start, end)) {
            return Optional.empty();
        }
        List<UUID> fit = input.pool().stream().filter(p -> personFits(p, start, end))
                .map(FindTimesInput.Person::id).toList();
        int best = Integer.MAX_VALUE;
        for (int mask = 0; mask < 1 << fit.size(); mask++) {
            if (Integer.bitCount(mask) != input.panelSize()) {
                continue;
            }
            List<UUID> panel = new ArrayList<>();
            for (int i = 0; i < fit.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    panel.add(fit.get(i));
                }
            }
            if (panel.containsAll(input.requiredPanelistIds()) && covers(panel)) {
                best = Math.min(best, load(panel, start));
            }
        }
        return best == Integer.MAX_VALUE ? Optional.empty() : Optional.of(new Feasible(start, best));
    }

    private boolean personFits(FindTimesInput.Person person, Instant start, Instant end) {
        return insideWeeklyHours(person.availability(), start, end)
                && outsideExceptions(person.availability(), start, end) && clearByBuffer(person, start, end)
                && withinDailyLimit(person, start) && withinWeeklyLimit(person, start);
    }

    private static boolean insideWeeklyHours(Availability availability, Instant start, Instant end) {
        List<Availability.WeeklyRange> hours = availability.weekly().isEmpty()
                ? Availability.DEFAULT_WEEK : availability.weekly();
        for (Instant t = start; t.isBefore(end); t = t.plus(MINUTE)) {
            ZonedDateTime local = t.atZone(availability.zone());
            int minute = local.getHour() * 60 + local.getMinute();
            boolean inside = hours.stream().anyMatch(r -> r.day() == local.getDayOfWeek()
                    && r.fromMinute() <= minute && minute < r.toMinute());
            if (!inside) {
                return false;
            }
        }
        return true;
    }

    private static boolean outsideExceptions(Availability availability, Instant start, Instant end) {
        return availability.exceptions().stream().noneMatch(a -> a.from().isBefore(end) && start.isBefore(a.to()));
    }

    private static boolean clearByBuffer(FindTimesInput.Person person, Instant start, Instant end) {
        Duration buffer = Duration.ofMinutes(person.availability().bufferMinutes());
        for (Window interview : person.interviews()) {
            boolean overlaps = interview.from().isBefore(end) && start.isBefore(interview.to());
            boolean tooCloseBefore = !interview.to().isAfter(start)
                    && Duration.between(interview.to(), start).compareTo(buffer) < 0;
            boolean tooCloseAfter = !end.isAfter(interview.from())
                    && Duration.between(end, interview.from()).compareTo(buffer) < 0;
            if (overlaps || tooCloseBefore || tooCloseAfter) {
                return false;
            }
        }
        return true;
    }

    private static boolean withinDailyLimit(FindTimesInput.Person person, Instant start) {
        Integer limit = person.availability().dailyLimit();
        LocalDate day = start.atZone(person.availability().zone()).toLocalDate();
        long count = person.interviews().stream()
                .filter(i -> i.from().atZone(person.availability().zone()).toLocalDate().equals(day)).count();
        return limit == null || count + 1 <= limit;
    }

    private static boolean withinWeeklyLimit(FindTimesInput.Person person, Instant start) {
        Integer limit = person.availability().weeklyLimit();
        return limit == null || weekCount(person, start) + 1 <= limit;
    }

    private static int weekCount(FindTimesInput.Person person, Instant start) {
        LocalDate monday = monday(start, person);
        return (int) person.interviews().stream().filter(i -> monday(i.from(), person).equals(monday)).count();
    }

    private static LocalDate monday(Instant t, FindTimesInput.Person person) {
        return t.atZone(person.availability().zone()).toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private boolean candidateFree(Instant start, Instant end) {
        boolean busy = input.candidateInterviews().stream()
                .anyMatch(i -> i.from().isBefore(end) && start.isBefore(i.to()));
        if (busy) {
            return false;
        }
        if (input.candidateAvailability().isEmpty()) {
            return true;
        }
        for (Instant t = start; t.isBefore(end); t = t.plus(MINUTE)) {
            Instant minute = t;
            boolean inside = input.candidateAvailability().stream()
                    .anyMatch(w -> !w.from().isAfter(minute) && !minute.plus(MINUTE).isAfter(w.to()));
            if (!inside) {
                return false;
            }
        }
        return true;
    }

    private boolean covers(List<UUID> panel) {
        Set<UUID> covered = panel.stream().map(people::get).filter(java.util.Objects::nonNull)
                .flatMap(p -> p.qualifiedTopics().stream()).collect(Collectors.toSet());
        return covered.containsAll(input.topicIds());
    }

    private Duration length() {
        return Duration.ofMinutes(input.minutes());
    }

    private static void check(List<String> broken, boolean holds, String rule) {
        if (!holds) {
            broken.add(rule);
        }
    }
}
