package io.panelist.scheduling;

import io.micronaut.core.annotation.Creator;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The body of {@code POST /api/v1/applications/{id}/booking-preview}: a time (with offsets) and the panel picked. */
@Serdeable
public record BookingPreviewRequest(@NotNull OffsetDateTime startsAt,
                                    @NotNull OffsetDateTime endsAt,
                                    @NotEmpty @Size(max = 10) List<@NotNull UUID> panelistIds) {
    @Creator
    public BookingPreviewRequest {
        panelistIds = panelistIds == null ? null : List.copyOf(panelistIds);
    }
}
