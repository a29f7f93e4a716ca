package io.panelist.notifications;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.UUID;

/** One row of the outbox. */
@MappedEntity("outbox")
public record OutboxEntry(@Id UUID id, String kind, String status, String recipient, String subject,
                   @TypeDef(type = DataType.JSON) String payload, @Nullable UUID candidateId,
                   @Nullable String dedupeKey, int attempts, Instant nextAttemptAt, @Nullable Instant leaseUntil,
                   @Nullable String leasedBy, @Nullable String lastError, Instant createdAt, @Nullable Instant sentAt) {
}
