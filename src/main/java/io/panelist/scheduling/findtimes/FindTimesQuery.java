package io.panelist.scheduling.findtimes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What to find times for: a stage of the application's plan, inside [from, to] (at most 60 days), a panel of exactly
 * {@code panelSize} (1 to 8) that includes {@code requiredPanelistIds}, inside {@code candidateAvailability} when it
 * is not empty, and at most {@code limit} suggestions.
 */
public record FindTimesQuery(UUID applicationId, UUID stageId, Instant from, Instant to, int panelSize,
                             List<UUID> requiredPanelistIds, List<Window> candidateAvailability, int limit) {
    public FindTimesQuery {
        requiredPanelistIds = requiredPanelistIds == null ? List.of() : List.copyOf(requiredPanelistIds);
        candidateAvailability = candidateAvailability == null ? List.of() : List.copyOf(candidateAvailability);
    }
}
