package io.panelist.scheduling.links;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * What the candidate's page shows: the round, the times still free (find-times' rules, earliest first) and the
 * booking the link holds, if any. No interviewer's name or address appears.
 */
@Serdeable
public record PublicSchedulingView(String positionTitle, String stageName, int minutes, List<Slot> slots,
                                   @Nullable Booking booking, Instant expiresAt) {
    public PublicSchedulingView {
        slots = List.copyOf(slots);
    }

    @Serdeable
    public record Slot(Instant startsAt, Instant endsAt) {
    }

    /** The round booked through the link; {@code changeable} until it starts. */
    @Serdeable
    public record Booking(Instant startsAt, Instant endsAt, String timeZone, String location, boolean changeable) {
    }
}
