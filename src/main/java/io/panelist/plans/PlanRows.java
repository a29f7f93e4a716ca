package io.panelist.plans;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.util.UUID;

/** Rows of a plan's parts, read in one query each. */
final class PlanRows {
    private PlanRows() {
    }

    @Introspected
    record StageRow(UUID id, UUID planId, int position, String name, String kind, int minutes) {
    }

    @Introspected
    record StageTopicRow(UUID stageId, int position, UUID topicId, String topicKey, BigDecimal weight,
                         boolean mustHave, int minScore, @Nullable Integer rubricVersion) {
    }

    @Introspected
    record StageQuestionRow(UUID stageId, int position, UUID questionId, int revision, int minutes) {
    }

    @Introspected
    record PlanSummaryRow(UUID id, UUID positionId, String positionTitle, String name, int planVersion, String status,
                          long stageCount, @Nullable java.time.Instant publishedAt, java.time.Instant updatedAt) {
    }
}
