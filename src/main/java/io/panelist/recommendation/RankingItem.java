package io.panelist.recommendation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

@Serdeable
public record RankingItem(UUID applicationId, String candidateName, Outcome outcome, @Nullable Double overallScore,
                          Confidence confidence, int flagCount, @Nullable String decision) {
}
