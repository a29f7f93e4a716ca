package io.panelist.notifications.webhooks.delivery;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One attempt to send one webhook message: the receiver's status, or why there was none. */
@MappedEntity("webhook_deliveries")
public record WebhookDelivery(@Id UUID id, UUID webhookId, UUID outboxMessageId, String event, String webhookMessageId,
                       int attempt, @Nullable Integer responseStatus, @Nullable String error, Instant createdAt) {
}
