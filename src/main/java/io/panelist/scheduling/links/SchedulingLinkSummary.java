package io.panelist.scheduling.links;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * A link as the recruiter lists it, without its token: ACTIVE (the candidate may book), BOOKED (its round is
 * scheduled), EXPIRED or REVOKED. {@code interviewId} is the round it booked last, whatever became of it.
 */
@Serdeable
public record SchedulingLinkSummary(UUID id, UUID applicationId, UUID stageId, String stageName, Instant from,
                                    Instant to, int panelSize, String location, Instant expiresAt,
                                    @Nullable Instant revokedAt, Status status, @Nullable UUID interviewId,
                                    @Nullable Instant bookedStartsAt, @Nullable UUID createdBy, Instant createdAt) {

    public enum Status { ACTIVE, BOOKED, EXPIRED, REVOKED }

    static SchedulingLinkSummary of(SchedulingLinkRow row, Instant now) {
        boolean booked = "SCHEDULED".equals(row.interviewStatus());
        Status status = row.revokedAt() != null ? Status.REVOKED : !row.expiresAt().isAfter(now) ? Status.EXPIRED
                : booked ? Status.BOOKED : Status.ACTIVE;
        return new SchedulingLinkSummary(row.id(), row.applicationId(), row.stageId(), row.stageName(),
                row.windowFrom(), row.windowTo(), row.panelSize(), row.location(), row.expiresAt(), row.revokedAt(),
                status, row.interviewId(), booked ? row.interviewStartsAt() : null, row.createdBy(), row.createdAt());
    }
}
