package io.panelist.scheduling.findtimes;

import io.panelist.scheduling.availability.Availability;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Worked examples for the engine, built a piece at a time: a window, a stage and people with their calendars. */
final class Scenario {
    private final Instant from;
    private final Instant to;
    private Instant now = Instant.parse("2000-01-01T00:00:00Z");
    private int minutes = 60;
    private int panelSize = 1;
    private int limit = 10_000;
    private final List<UUID> required = new ArrayList<>();
    private final List<UUID> topics = new ArrayList<>();
    private final List<Window> candidateWindows = new ArrayList<>();
    private final List<Window> candidateInterviews = new ArrayList<>();
    private final List<FindTimesInput.Person> pool = new ArrayList<>();

    private Scenario(Instant from, Instant to) {
        this.from = from;
        this.to = to;
    }

    static Scenario window(String from, String to) {
        return new Scenario(Instant.parse(from), Instant.parse(to));
    }

    Scenario now(String instant) {
        this.now = Instant.parse(instant);
        return this;
    }

    Scenario minutes(int minutes) {
        this.minutes = minutes;
        return this;
    }

    Scenario panelSize(int size) {
        this.panelSize = size;
        return this;
    }

    Scenario limit(int limit) {
        this.limit = limit;
        return this;
    }

    Scenario topic(UUID topic) {
        topics.add(topic);
        return this;
    }

    Scenario require(UUID person) {
        required.add(person);
        return this;
    }

    Scenario candidateWindow(String from, String to) {
        candidateWindows.add(new Window(Instant.parse(from), Instant.parse(to)));
        return this;
    }

    Scenario candidateInterview(String from, String to) {
        candidateInterviews.add(new Window(Instant.parse(from), Instant.parse(to)));
        return this;
    }

    Scenario person(Person person) {
        pool.add(person.build());
        return this;
    }

    List<Suggestion> suggest() {
        return SlotEngine.suggest(input());
    }

    FindTimesInput input() {
        return new FindTimesInput(from, to, now, minutes, panelSize, required, Set.copyOf(topics), candidateWindows,
                candidateInterviews, pool, limit);
    }

    static Person person(UUID id, String zone) {
        return new Person(id, ZoneId.of(zone));
    }

    /** One person: weekly hours (none: the default week), times away, interviews, limits, buffer, topics. */
    static final class Person {
        private final UUID id;
        private final ZoneId zone;
        private final List<Availability.WeeklyRange> weekly = new ArrayList<>();
        private final List<Availability.Away> away = new ArrayList<>();
        private final List<Window> interviews = new ArrayList<>();
        private final List<UUID> qualified = new ArrayList<>();
        private Integer daily;
        private Integer weeklyLimit;
        private int buffer;

        private Person(UUID id, ZoneId zone) {
            this.id = id;
            this.zone = zone;
        }

        /** The same hours, "HH:MM" to "HH:MM", on each of the days. */
        Person hours(String from, String to, DayOfWeek... days) {
            for (DayOfWeek day : days) {
                weekly.add(Availability.WeeklyRange.of(day, minute(from), minute(to)));
            }
            return this;
        }

        Person away(String from, String to) {
            away.add(new Availability.Away(UUID.randomUUID(), Instant.parse(from), Instant.parse(to), null));
            return this;
        }

        Person interview(String from, String to) {
            interviews.add(new Window(Instant.parse(from), Instant.parse(to)));
            return this;
        }

        Person limits(Integer daily, Integer weekly) {
            this.daily = daily;
            this.weeklyLimit = weekly;
            return this;
        }

        Person buffer(int minutes) {
            this.buffer = minutes;
            return this;
        }

        Person qualified(UUID topic) {
            qualified.add(topic);
            return this;
        }

        FindTimesInput.Person build() {
            return new FindTimesInput.Person(id, new Availability(id, zone, weekly, away, daily, weeklyLimit, buffer),
                    interviews, Set.copyOf(qualified));
        }

        private static int minute(String time) {
            return time.equals("24:00") ? 1440 : java.time.LocalTime.parse(time).toSecondOfDay() / 60;
        }
    }
}
