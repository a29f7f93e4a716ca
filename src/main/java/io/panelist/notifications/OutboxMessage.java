package io.panelist.notifications;

import io.micronaut.core.annotation.Nullable;

import java.util.Objects;
import java.util.UUID;

/**
 * A message as the outbox stores it and hands it to an {@link OutboxTransport}: {@code payload} is a JSON object
 * that the transport of the kind understands (for mail, {@link MailPayload}; for a webhook, whatever the webhook
 * transport writes there). {@code id} is stable across attempts (a webhook's {@code webhook-id}); {@code attempt}
 * counts from 1.
 */
public record OutboxMessage(UUID id, OutboxKind kind, String recipient, String subject, String payload,
                            @Nullable UUID candidateId, int attempt) {
    public OutboxMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(payload, "payload");
    }
}
