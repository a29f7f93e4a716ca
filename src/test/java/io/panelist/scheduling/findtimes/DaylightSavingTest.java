package io.panelist.scheduling.findtimes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Weekly hours across the Sundays clocks change, in New York and Berlin, both ways: 09:00-17:00 on the clock before
 * and after the switch, so the UTC times offered move by an hour. Local times the switch skips are never offered, and
 * those it repeats are offered once for each time they happen.
 */
class DaylightSavingTest {
    private static final UUID ANA = UUID.randomUUID();

    @ParameterizedTest(name = "{0}, switching on Sunday {1}")
    @CsvSource({"America/New_York, 2030-03-10", "America/New_York, 2030-11-03",
            "Europe/Berlin, 2030-03-31", "Europe/Berlin, 2030-10-27"})
    void hoursFromNineToFiveFollowTheClockAcrossTheSwitch(String zoneName, LocalDate sunday) {
        ZoneId zone = ZoneId.of(zoneName);
        List<Suggestion> offered = Scenario.window(local(sunday.minusDays(2), "00:00", zone),
                        local(sunday.plusDays(3), "00:00", zone))
                .person(Scenario.person(ANA, zoneName).hours("09:00", "17:00", DayOfWeek.values()))
                .suggest();

        Map<LocalDate, List<LocalTime>> byDay = byLocalDay(offered, zone);
        assertThat(byDay.keySet()).containsExactly(sunday.minusDays(2), sunday.minusDays(1), sunday,
                sunday.plusDays(1), sunday.plusDays(2));
        byDay.values().forEach(times -> assertThat(times).containsExactlyElementsOf(quarters("09:00", "16:00")));
        Instant fridayNine = offered.get(0).startsAt();
        Instant mondayNine = offered.stream().map(Suggestion::startsAt)
                .filter(t -> t.atZone(zone).toLocalDate().equals(sunday.plusDays(1))).findFirst().orElseThrow();
        assertThat(java.time.Duration.between(fridayNine, mondayNine).toHours()).as("an hour shorter or longer")
                .isIn(71L, 73L);
    }

    @Test
    void theDefaultWeekFollowsTheClockToo() {
        ZoneId newYork = ZoneId.of("America/New_York");
        List<Suggestion> offered = Scenario.window("2030-03-08T00:00:00Z", "2030-03-12T00:00:00Z")
                .person(Scenario.person(ANA, "America/New_York")).suggest();

        Map<LocalDate, List<LocalTime>> byDay = byLocalDay(offered, newYork);
        assertThat(byDay.keySet()).containsExactly(LocalDate.parse("2030-03-08"), LocalDate.parse("2030-03-11"));
        assertThat(offered.get(0).startsAt()).isEqualTo("2030-03-08T14:00:00Z");
        assertThat(byDay.get(LocalDate.parse("2030-03-11")).get(0)).isEqualTo(LocalTime.of(9, 0));
        assertThat(offered.stream().filter(s -> s.startsAt().isAfter(Instant.parse("2030-03-10T00:00:00Z")))
                .findFirst().orElseThrow().startsAt()).isEqualTo("2030-03-11T13:00:00Z");
    }

    @Test
    void localTimesTheSpringSwitchSkipsAreNeverInside() {
        // Berlin, 31 March 2030: 02:00 becomes 03:00, so hours 02:00-04:00 hold only 03:00-04:00 (01:00Z-02:00Z)
        List<Suggestion> offered = Scenario.window("2030-03-30T20:00:00Z", "2030-03-31T06:00:00Z")
                .person(Scenario.person(ANA, "Europe/Berlin").hours("02:00", "04:00", DayOfWeek.SUNDAY))
                .suggest();

        assertThat(offered).extracting(Suggestion::startsAt).containsExactly(Instant.parse("2030-03-31T01:00:00Z"));
    }

    @Test
    void localTimesTheAutumnSwitchRepeatsAreInsideBothTimes() {
        // Berlin, 27 October 2030: 03:00 becomes 02:00 again, so hours 01:00-03:00 last three hours (23:00Z-02:00Z)
        List<Suggestion> offered = Scenario.window("2030-10-26T20:00:00Z", "2030-10-27T06:00:00Z")
                .person(Scenario.person(ANA, "Europe/Berlin").hours("01:00", "03:00", DayOfWeek.SUNDAY))
                .suggest();

        assertThat(offered).extracting(Suggestion::startsAt).first().isEqualTo(Instant.parse("2030-10-26T23:00:00Z"));
        assertThat(offered).extracting(Suggestion::startsAt).last().isEqualTo(Instant.parse("2030-10-27T01:00:00Z"));
        assertThat(offered).hasSize(9);
    }

    private static Map<LocalDate, List<LocalTime>> byLocalDay(List<Suggestion> offered, ZoneId zone) {
        return offered.stream().map(s -> s.startsAt().atZone(zone)).collect(Collectors.groupingBy(
                ZonedDateTime::toLocalDate, TreeMap::new,
                Collectors.mapping(ZonedDateTime::toLocalTime, Collectors.toList())));
    }

    private static List<LocalTime> quarters(String first, String last) {
        List<LocalTime> times = new ArrayList<>();
        for (LocalTime t = LocalTime.parse(first); !t.isAfter(LocalTime.parse(last)); t = t.plusMinutes(15)) {
            times.add(t);
        }
        return times;
    }

    private static String local(LocalDate day, String time, ZoneId zone) {
        return day.atTime(LocalTime.parse(time)).atZone(zone).toInstant().toString();
    }
}
