package io.panelist.recommendation.decision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.UUID;

/**
 * evidenceVersion: the application's evidence version (application_verdicts, V10) when it was decided, before the
 * recommendation it records was read; pendingAcknowledged: how many scorecards were pending and acknowledged.
 */
@MappedEntity("decisions")
public record Decision(@Id UUID id, UUID applicationId, String outcome, String rationale, String recommendedOutcome,
                boolean againstRecommendation, @TypeDef(type = DataType.JSON) String recommendation, UUID decidedBy,
                Instant decidedAt, @Nullable Instant reopenedAt, @Nullable UUID reopenedBy,
                @Nullable String reopenReason, long evidenceVersion, int pendingAcknowledged) {
}
