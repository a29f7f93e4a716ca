package io.panelist.recruiting.positions;

import io.micronaut.serde.annotation.Serdeable;
import io.panelist.questionbank.Level;

import java.time.Instant;
import java.util.UUID;

@Serdeable
public record PositionResponse(UUID id, String title, Level level, UUID hiringManagerId, String hiringManagerName,
                               PositionStatus status, long version, Instant createdAt, Instant updatedAt) {
}
