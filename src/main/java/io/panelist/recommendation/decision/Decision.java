package io.panelist.recommendation.decision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("decisions")
public record Decision(@Id UUID id, UUID applicationId, String outcome, String rationale, String recommendedOutcome,
                boolean againstRecommendation, @TypeDef(type = DataType.JSON) String recommendation, UUID decidedBy,
                Instant decidedAt, @Nullable Instant reopenedAt, @Nullable UUID reopenedBy,
                @Nullable String reopenReason) {
}
