package io.panelist.scheduling;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.panelist.shared.input.IanaTimeZone;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A reschedule or a panel change: fields left out stay as they are. Moving the start into the past needs
 * {@code allowPast}; going over a panelist's limits needs {@code overrideLoadLimit}, as for a booking.
 */
@Serdeable
public record RescheduleInterviewRequest(@Nullable OffsetDateTime startsAt,
                                         @Nullable OffsetDateTime endsAt,
                                         @Nullable @IanaTimeZone String timeZone,
                                         @Nullable @Size(max = 500) String location,
                                         @Nullable @Size(min = 1, max = 10) List<@NotNull UUID> panelistIds,
                                         @Nullable Boolean allowPast,
                                         @Nullable @Valid LoadLimitOverride overrideLoadLimit) {
    @Creator
    public RescheduleInterviewRequest {
    }

    /** A move that keeps every rule: not into the past, within every limit. */
    public RescheduleInterviewRequest(@Nullable OffsetDateTime startsAt, @Nullable OffsetDateTime endsAt,
                                      @Nullable String timeZone, @Nullable String location,
                                      @Nullable List<UUID> panelistIds) {
        this(startsAt, endsAt, timeZone, location, panelistIds, null, null);
    }

    boolean pastAllowed() {
        return Boolean.TRUE.equals(allowPast);
    }
}
