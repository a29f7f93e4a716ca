package io.panelist.plans;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

@Serdeable
public record StageSummary(UUID id, UUID planId, String name, StageKind kind, int minutes) {
}
