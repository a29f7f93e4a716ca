package io.panelist.scheduling;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("interviews")
record Interview(@Id UUID id, UUID applicationId, UUID candidateId, UUID planId, UUID stageId, Instant startsAt,
                 Instant endsAt, String timeZone, String location, String status, @Nullable String statusReason,
                 int sequence, @Version long version, @Nullable UUID createdBy, Instant createdAt, Instant updatedAt) {

    /** The interview at a new time or place; as RFC 5546 asks, the invite's SEQUENCE goes up only if either changed. */
    Interview moved(Instant startsAt, Instant endsAt, String timeZone, String location, Instant now) {
        boolean significant = !startsAt.equals(this.startsAt) || !endsAt.equals(this.endsAt)
                || !timeZone.equals(this.timeZone) || !location.equals(this.location);
        return new Interview(id, applicationId, candidateId, planId, stageId, startsAt, endsAt, timeZone, location,
                status, statusReason, significant ? sequence + 1 : sequence, version, createdBy, createdAt, now);
    }

    Interview withStatus(InterviewStatus status, String reason, Instant now) {
        return new Interview(id, applicationId, candidateId, planId, stageId, startsAt, endsAt, timeZone, location,
                status.name(), reason, sequence + 1, version, createdBy, createdAt, now);
    }

    boolean live() {
        return !InterviewStatus.CANCELLED.name().equals(status);
    }
}
