package io.panelist.plans;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

@Serdeable
public record PlanSummary(UUID id, UUID positionId, String positionTitle, String name, int version, PlanStatus status,
                          int stageCount, @Nullable Instant publishedAt, Instant updatedAt) {
}
