package io.panelist.scheduling.links;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A self-scheduling link: which round of which application, inside which window, with how many panelists. */
@MappedEntity("scheduling_links")
record SchedulingLink(@Id UUID id, String tokenHash, UUID applicationId, UUID candidateId, UUID planId, UUID stageId,
                      Instant windowFrom, Instant windowTo, int panelSize, String location, Instant expiresAt,
                      @Nullable Instant revokedAt, @Nullable UUID interviewId, @Nullable UUID createdBy,
                      Instant createdAt) {

    /** Whether the candidate may still use it: neither revoked nor expired. */
    boolean open(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
