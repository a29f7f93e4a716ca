package io.panelist.recruiting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("applications")
record Application(@Id UUID id, UUID candidateId, UUID positionId, UUID planId, String status,
                   @Nullable String closedReason, @Nullable Instant closedAt, @Nullable String externalId,
                   @Version long version, Instant createdAt, Instant updatedAt) {

    Application closed(ApplicationStatus status, String reason, Instant now) {
        return new Application(id, candidateId, positionId, planId, status.name(), reason, now, externalId, version,
                createdAt, now);
    }

    Application reopened(Instant now) {
        return new Application(id, candidateId, positionId, planId, ApplicationStatus.ACTIVE.name(), null, null,
                externalId, version, createdAt, now);
    }
}
