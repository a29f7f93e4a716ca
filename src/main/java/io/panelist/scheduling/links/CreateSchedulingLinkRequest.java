package io.panelist.scheduling.links;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A self-scheduling link for one round: the stage, the window its slots lie in (at most 60 days), the panel's size
 * (1 to 8), when the link stops working (at most 60 days ahead) and, optionally, where the round is held (a room or a
 * video link, put on the booked interview). Times carry an offset.
 */
@Serdeable
public record CreateSchedulingLinkRequest(@NotNull UUID stageId,
                                          @NotNull OffsetDateTime from,
                                          @NotNull OffsetDateTime to,
                                          @NotNull @Min(1) @Max(8) Integer panelSize,
                                          @NotNull OffsetDateTime expiresAt,
                                          @Nullable @Size(max = 500) String location) {
}
