package io.panelist.scheduling.availability;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A person's availability as stored, ordered by day and time. {@code defaultHours} is true when no weekly hours are
 * saved ({@code weekly} is then empty): the person is available Monday to Friday 09:00-17:00 in {@code timeZone}.
 * {@code weeklyLimit} is the user's weekly interview limit; null limits mean none.
 */
@Serdeable
public record AvailabilityResponse(UUID userId, String timeZone, boolean defaultHours, List<WeeklyHours> weekly,
                                   List<Away> exceptions, @Nullable Integer dailyLimit, @Nullable Integer weeklyLimit,
                                   int bufferMinutes, long version) {
    public AvailabilityResponse {
        weekly = List.copyOf(weekly);
        exceptions = List.copyOf(exceptions);
    }

    /** A time away, end excluded. */
    @Serdeable
    public record Away(Instant from, Instant to, @Nullable String reason) {
    }
}
