package io.panelist.notifications.webhooks;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/**
 * What a webhook message's outbox row holds: the webhook it goes to, its {@code webhook-id} ({@code msg_...}), the
 * event, and the body exactly as it is signed and sent, fixed when the change committed. No secret: administrators
 * read outbox payloads.
 */
@Serdeable
public record WebhookPayload(UUID webhookId, String messageId, String event, @Nullable UUID candidateId, String body) {
}
