package io.panelist.scheduling;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.panelist.shared.input.IanaTimeZone;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A reschedule or a panel change: fields left out stay as they are. */
@Serdeable
public record RescheduleInterviewRequest(@Nullable OffsetDateTime startsAt,
                                         @Nullable OffsetDateTime endsAt,
                                         @Nullable @IanaTimeZone String timeZone,
                                         @Nullable @Size(max = 500) String location,
                                         @Nullable @Size(min = 1, max = 10) List<@NotNull UUID> panelistIds) {
}
