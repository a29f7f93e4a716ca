package io.panelist.recommendation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.panelist.recommendation.policy.Confidence;
import io.panelist.recommendation.policy.Outcome;

import java.util.UUID;

/**
 * One ranked application. {@code withheld}: the viewer sits on this candidate's panel with a scorecard still to
 * submit, so the outcome and score stay hidden from them (shown as insufficient evidence) until they submit.
 * {@code decisionStale}: a scorecard was submitted or amended after the standing decision.
 */
@Serdeable
public record RankingItem(UUID applicationId, String candidateName, Outcome outcome, @Nullable Double overallScore,
                          Confidence confidence, int flagCount, @Nullable String decision, boolean withheld,
                          boolean decisionStale) {
}
