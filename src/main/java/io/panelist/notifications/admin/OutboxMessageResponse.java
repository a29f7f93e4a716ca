package io.panelist.notifications.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.panelist.notifications.OutboxEntry;
import io.panelist.notifications.OutboxKind;
import io.panelist.notifications.OutboxStatus;

import java.time.Instant;
import java.util.UUID;

/** One message of the outbox as administrators see it in the list. */
@Serdeable
public record OutboxMessageResponse(UUID id, OutboxKind kind, String recipient, String subject, OutboxStatus status,
                                    int attempts, Instant nextAttemptAt, @Nullable String lastError,
                                    Instant createdAt, @Nullable Instant sentAt) {
    static OutboxMessageResponse of(OutboxEntry row) {
        return new OutboxMessageResponse(row.id(), OutboxKind.valueOf(row.kind()), row.recipient(), row.subject(),
                OutboxStatus.valueOf(row.status()), row.attempts(), row.nextAttemptAt(), row.lastError(),
                row.createdAt(), row.sentAt());
    }
}
