package io.panelist.scoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** Versioned by hand ({@link ScorecardRepository#bump}) so that a stale write is refused inside one UPDATE. */
@MappedEntity("scorecards")
@io.micronaut.serde.annotation.Serdeable
record Scorecard(@Id UUID id, UUID interviewId, UUID stageId, UUID applicationId, UUID panelistId, String status,
                 @Nullable String vote, @Nullable String summary, long version, @Nullable Instant submittedAt,
                 Instant createdAt, Instant updatedAt) {

    boolean submitted() {
        return ScorecardStatus.SUBMITTED.name().equals(status);
    }
}
