package io.panelist.recommendation.decision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The standing decision (null while none) and every decision ever made on the application, newest first.
 * evidenceChangedSince: a scorecard of the application was submitted or amended after the standing decision (false
 * while none stands); each entry says the same of itself. pendingAcknowledged: how many scorecards were still pending
 * when the hiring manager decided without them.
 */
@Serdeable
public record DecisionResponse(UUID applicationId, @Nullable Entry decision, List<Entry> history,
                               boolean evidenceChangedSince) {

    @Serdeable
    public record Entry(UUID id, String outcome, String rationale, String recommendedOutcome,
                        boolean againstRecommendation, Map<String, Object> recommendation, UUID decidedBy,
                        Instant decidedAt, @Nullable Instant reopenedAt, @Nullable UUID reopenedBy,
                        @Nullable String reopenReason, boolean evidenceChangedSince, int pendingAcknowledged) {
    }
}
