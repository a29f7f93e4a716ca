package io.panelist.recruiting;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** An application with the names a client shows beside it. */
@Serdeable
@Introspected
public record ApplicationResponse(UUID id, UUID candidateId, String candidateName, UUID positionId,
                                  String positionTitle, UUID hiringManagerId, UUID planId, ApplicationStatus status,
                                  @Nullable String closedReason, @Nullable Instant closedAt,
                                  @Nullable String externalId, long version, Instant createdAt, Instant updatedAt) {
}
