package io.panelist.scheduling.links;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.UUID;

/** A link as its application's list shows it, with its stage and the round it booked last. */
@Introspected
record SchedulingLinkRow(UUID id, UUID applicationId, UUID stageId, String stageName, Instant windowFrom,
                         Instant windowTo, int panelSize, String location, Instant expiresAt,
                         @Nullable Instant revokedAt, @Nullable UUID interviewId, @Nullable String interviewStatus,
                         @Nullable Instant interviewStartsAt, @Nullable UUID createdBy, Instant createdAt) {
}
