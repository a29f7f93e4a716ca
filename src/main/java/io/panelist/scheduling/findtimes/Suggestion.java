package io.panelist.scheduling.findtimes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One time find-times offers: the stage's length from {@code startsAt}, with the panel that fits it best. */
public record Suggestion(Instant startsAt, Instant endsAt, List<UUID> panelistIds) {
    public Suggestion {
        panelistIds = List.copyOf(panelistIds);
    }
}
