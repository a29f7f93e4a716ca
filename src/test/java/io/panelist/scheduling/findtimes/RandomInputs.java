package io.panelist.scheduling.findtimes;

import io.panelist.scheduling.availability.Availability;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Random find-times inputs: windows of one to four days around daylight-saving switches (New York, Berlin, Adelaide)
 * and ordinary weeks; pools of up to six people in several zones with random weekly hours (or none, the default
 * week), exceptions, bookings at odd seconds, buffers, daily and weekly limits and qualifications; required panelists,
 * candidate windows and the candidate's own interviews.
 */
final class RandomInputs {
    static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("Europe/Berlin"),
            ZoneId.of("America/New_York"), ZoneId.of("Asia/Kolkata"), ZoneId.of("Australia/Adelaide"));
    private static final List<Instant> BASES = List.of(Instant.parse("2030-03-04T00:00:00Z"),
            Instant.parse("2030-03-08T00:00:00Z"), Instant.parse("2030-03-29T00:00:00Z"),
            Instant.parse("2030-04-05T00:00:00Z"), Instant.parse("2030-10-25T00:00:00Z"),
            Instant.parse("2030-11-01T00:00:00Z"));
    private static final int[] LENGTHS = {15, 20, 45, 50, 60, 90, 120};

    private RandomInputs() {
    }

    static FindTimesInput input(Random random, int limit) {
        Instant from = pick(random, BASES).plusSeconds(random.nextInt(48 * 4) * 900L
                + (random.nextInt(4) == 0 ? random.nextInt(900) : 0));
        long span = 3600L * (24 + random.nextInt(72)) + (random.nextBoolean() ? random.nextInt(900) : 0);
        Instant to = from.plusSeconds(span);
        Instant now = random.nextBoolean() ? from.minus(Duration.ofDays(30))
                : from.plusSeconds(random.nextLong(span / 2)).plusNanos(random.nextInt(1_000_000_000));
        List<UUID> topics = new ArrayList<>();
        for (int i = new int[] {0, 1, 1, 2, 2, 3}[random.nextInt(6)]; i > 0; i--) {
            topics.add(UUID.randomUUID());
        }
        // one or two zones per input, so that the pool's hours meet often enough
        List<ZoneId> zones = List.of(pick(random, ZONES), pick(random, ZONES));
        List<FindTimesInput.Person> pool = new ArrayList<>();
        for (int i = 1 + random.nextInt(6); i > 0; i--) {
            pool.add(person(random, from, to, topics, pick(random, zones)));
        }
        int panelSize = 1 + random.nextInt(Math.min(pool.size() + (random.nextInt(8) == 0 ? 1 : 0),
                random.nextBoolean() ? 2 : 4));
        List<UUID> required = new ArrayList<>();
        for (FindTimesInput.Person person : pool) {
            if (required.size() < Math.min(panelSize, 2) && random.nextInt(5) == 0) {
                required.add(person.id());
            }
        }
        List<Window> candidateWindows = random.nextBoolean() ? List.of()
                : windows(random, from, to, 1 + random.nextInt(3), 60, 24 * 60);
        List<Window> candidateInterviews = windows(random, from, to, random.nextInt(3), 30, 120);
        return new FindTimesInput(from, to, now, LENGTHS[random.nextInt(LENGTHS.length)], panelSize, required,
                Set.copyOf(topics), candidateWindows, candidateInterviews, pool, limit);
    }

    private static FindTimesInput.Person person(Random random, Instant from, Instant to, List<UUID> topics,
                                                ZoneId zone) {
        List<Availability.WeeklyRange> weekly = new ArrayList<>();
        if (random.nextInt(10) >= 3) {
            for (DayOfWeek day : DayOfWeek.values()) {
                weekly.addAll(ranges(random, day));
            }
        }
        List<Availability.Away> away = new ArrayList<>();
        for (Window w : windows(random, from, to, random.nextInt(3), 30, 24 * 60)) {
            away.add(new Availability.Away(UUID.randomUUID(), w.from(), w.to(), "away"));
        }
        Integer daily = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : null;
        Integer weeklyLimit = random.nextInt(4) == 0 ? 1 + random.nextInt(5) : null;
        int buffer = random.nextBoolean() ? 0 : random.nextInt(61);
        UUID id = UUID.randomUUID();
        Availability availability = new Availability(id, zone, weekly, away, daily, weeklyLimit, buffer);
        Set<UUID> qualified = new HashSet<>();
        topics.stream().filter(t -> random.nextInt(5) < 3).forEach(qualified::add);
        List<Window> interviews = windows(random, from.minus(Duration.ofDays(6)), to.plus(Duration.ofDays(6)),
                random.nextInt(8), 15, 120);
        return new FindTimesInput.Person(id, availability, interviews, qualified);
    }

    /** Zero to two ranges on a day (mostly one or two), at any minute, never overlapping (back to back is allowed). */
    private static List<Availability.WeeklyRange> ranges(Random random, DayOfWeek day) {
        int count = new int[] {0, 1, 1, 1, 2, 2}[random.nextInt(6)];
        List<Integer> points = new ArrayList<>();
        for (int i = 0; i < count * 2; i++) {
            points.add(random.nextInt(1441));
        }
        points.sort(null);
        List<Availability.WeeklyRange> ranges = new ArrayList<>();
        for (int i = 0; i + 1 < points.size(); i += 2) {
            if (points.get(i) < points.get(i + 1)) {
                ranges.add(Availability.WeeklyRange.of(day, points.get(i), points.get(i + 1)));
            }
        }
        return ranges;
    }

    /** Windows starting anywhere in [from - 1 day, to], at any second, of the given length range in minutes. */
    private static List<Window> windows(Random random, Instant from, Instant to, int count, int shortest, int longest) {
        List<Window> windows = new ArrayList<>();
        long span = Duration.between(from.minus(Duration.ofDays(1)), to).getSeconds();
        for (int i = 0; i < count; i++) {
            Instant start = from.minus(Duration.ofDays(1)).plusSeconds((long) (random.nextDouble() * span));
            if (random.nextBoolean()) {
                start = Instant.ofEpochSecond(start.getEpochSecond() / 300 * 300);
            }
            long minutes = shortest + random.nextInt(longest - shortest + 1);
            windows.add(new Window(start, start.plus(Duration.ofMinutes(minutes))));
        }
        return windows;
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
