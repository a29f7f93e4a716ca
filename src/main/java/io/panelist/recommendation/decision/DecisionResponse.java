package io.panelist.recommendation.decision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The standing decision (null while none) and every decision ever made on the application, newest first. */
@Serdeable
public record DecisionResponse(UUID applicationId, @Nullable Entry decision, List<Entry> history) {

    @Serdeable
    public record Entry(UUID id, String outcome, String rationale, String recommendedOutcome,
                        boolean againstRecommendation, Map<String, Object> recommendation, UUID decidedBy,
                        Instant decidedAt, @Nullable Instant reopenedAt, @Nullable UUID reopenedBy,
                        @Nullable String reopenReason) {
    }
}
