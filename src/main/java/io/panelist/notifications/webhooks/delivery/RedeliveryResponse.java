package io.panelist.notifications.webhooks.delivery;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** A redelivery accepted: the new outbox message that carries the message again under its {@code webhook-id}. */
@Serdeable
public record RedeliveryResponse(UUID outboxMessageId, String webhookMessageId) {
}
