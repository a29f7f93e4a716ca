package io.panelist.scheduling.findtimes;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole weeks a window touches, in every zone of the pool: what find-times reads for limits and weekly loads. */
class WeekBoundsTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

    @Test
    void aWindowFromWednesdayReadsFromMondayMidnightOfThatWeek() {
        // Wednesday 2026-12-09 10:00 UTC is 11:00 in Berlin: the week began on Monday 7 December, 00:00 there
        Instant wednesday = Instant.parse("2026-12-09T10:00:00Z");

        assertThat(WeekBounds.firstMonday(Set.of(BERLIN), wednesday)).isEqualTo(Instant.parse("2026-12-06T23:00:00Z"));
        // and the week that holds Friday the 18th ends on Sunday the 20th at midnight, Monday 00:00 in Berlin
        assertThat(WeekBounds.afterLastSunday(Set.of(BERLIN), Instant.parse("2026-12-18T10:00:00Z")))
                .isEqualTo(Instant.parse("2026-12-20T23:00:00Z"));
    }

    @Test
    void theEarliestMondayAndTheLatestSundayOverThePoolsZonesWin() {
        // Monday 2026-12-07 05:00 UTC: already Monday in Auckland (18:00), still Sunday in Los Angeles (21:00)
        Instant monday = Instant.parse("2026-12-07T05:00:00Z");
        List<ZoneId> pool = List.of(AUCKLAND, LOS_ANGELES, BERLIN);

        // Los Angeles is still in the week that began on Monday 30 November, 00:00 PST
        assertThat(WeekBounds.firstMonday(pool, monday)).isEqualTo(Instant.parse("2026-11-30T08:00:00Z"));
        // its week ends with Sunday the 6th there; of the others' week to Sunday the 13th, Berlin's ends last
        assertThat(WeekBounds.afterLastSunday(List.of(LOS_ANGELES), monday))
                .isEqualTo(Instant.parse("2026-12-07T08:00:00Z"));
        assertThat(WeekBounds.afterLastSunday(pool, monday)).isEqualTo(Instant.parse("2026-12-13T23:00:00Z"));
        assertThat(WeekBounds.afterLastSunday(List.of(AUCKLAND), monday))
                .isEqualTo(Instant.parse("2026-12-13T11:00:00Z"));
    }

    @Test
    void withoutAnyoneInThePoolTheWindowItselfIsRead() {
        Instant from = Instant.parse("2026-12-09T10:00:00Z");
        Instant to = Instant.parse("2026-12-10T10:00:00Z");

        assertThat(WeekBounds.firstMonday(Set.of(), from)).isEqualTo(from);
        assertThat(WeekBounds.afterLastSunday(Set.of(), to)).isEqualTo(to);
    }
}
