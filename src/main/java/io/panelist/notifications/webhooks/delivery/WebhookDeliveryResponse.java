package io.panelist.notifications.webhooks.delivery;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** One attempt as administrators see it in a webhook's delivery log. */
@Serdeable
public record WebhookDeliveryResponse(UUID id, String event, String webhookMessageId, int attempt,
                                      @Nullable Integer responseStatus, @Nullable String error, Instant createdAt) {
    public static WebhookDeliveryResponse of(WebhookDelivery delivery) {
        return new WebhookDeliveryResponse(delivery.id(), delivery.event(), delivery.webhookMessageId(),
                delivery.attempt(), delivery.responseStatus(), delivery.error(), delivery.createdAt());
    }
}
