package io.panelist.scheduling.availability;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;

/** A time away as a PUT sends it: two instants with their offset, end excluded, and why (optional). */
@Serdeable
public record TimeAway(@NotNull OffsetDateTime from, @NotNull OffsetDateTime to,
                       @Nullable @Size(max = 500) String reason) {
}
