package io.panelist.scheduling.findtimes;

import io.panelist.scheduling.availability.Availability;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A time typed in by hand against one person's availability, as find-times reads it: inside their weekly hours in
 * their own zone (either side of a daylight-saving switch), on a quarter hour or not, and clear of their times away.
 */
class AvailabilityFitTest {
    private static final UUID PERSON = UUID.randomUUID();

    @Test
    void anHourInsideTheDefaultWeekFitsAndOneRunningPastFiveDoesNot() {
        Availability utc = Availability.withDefaultHours(PERSON, ZoneOffset.UTC, null);

        assertThat(fit(utc, "2030-03-11T10:00:00Z", "2030-03-11T11:00:00Z")).isEqualTo(new AvailabilityFit(true, false));
        assertThat(fit(utc, "2030-03-11T10:07:00Z", "2030-03-11T10:52:00Z").insideHours()).isTrue();
        assertThat(fit(utc, "2030-03-11T16:30:00Z", "2030-03-11T17:30:00Z").insideHours()).isFalse();
        assertThat(fit(utc, "2030-03-16T10:00:00Z", "2030-03-16T11:00:00Z").insideHours()).isFalse();
    }

    @Test
    void hoursAreReadInThePersonsZoneInWinterAndInSummer() {
        Availability berlin = Availability.withDefaultHours(PERSON, ZoneId.of("Europe/Berlin"), null);

        assertThat(fit(berlin, "2030-03-11T07:30:00Z", "2030-03-11T08:30:00Z").insideHours()).isFalse();
        assertThat(fit(berlin, "2030-03-11T08:00:00Z", "2030-03-11T09:00:00Z").insideHours()).isTrue();
        assertThat(fit(berlin, "2030-07-15T07:00:00Z", "2030-07-15T08:00:00Z").insideHours()).isTrue();
        assertThat(fit(berlin, "2030-07-15T15:30:00Z", "2030-07-15T16:30:00Z").insideHours()).isFalse();
    }

    @Test
    void aTimeAwayOverlappingTheInterviewIsSaidAndOneLaterIsNot() {
        Availability away = new Availability(PERSON, ZoneOffset.UTC, List.of(), List.of(new Availability.Away(
                UUID.randomUUID(), Instant.parse("2030-03-11T10:30:00Z"), Instant.parse("2030-03-11T10:45:00Z"),
                "Dentist")), null, null, 0);

        assertThat(fit(away, "2030-03-11T10:00:00Z", "2030-03-11T11:00:00Z")).isEqualTo(new AvailabilityFit(true, true));
        assertThat(fit(away, "2030-03-11T13:00:00Z", "2030-03-11T14:00:00Z").away()).isFalse();
    }

    private static AvailabilityFit fit(Availability availability, String from, String to) {
        return AvailabilityFit.of(availability, Instant.parse(from), Instant.parse(to));
    }
}
