package io.panelist.notifications.webhooks;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The answer to creating a webhook: the only one that carries its signing {@code secret}. */
@Serdeable
public record CreatedWebhookResponse(UUID id, String url, List<String> events, boolean active, long version,
                                     Instant createdAt, Instant updatedAt, String secret) {
    public CreatedWebhookResponse {
        events = List.copyOf(events);
    }

    static CreatedWebhookResponse of(Webhook webhook) {
        return new CreatedWebhookResponse(webhook.id(), webhook.url(), webhook.eventList(), webhook.active(),
                webhook.version(), webhook.createdAt(), webhook.updatedAt(), webhook.secret());
    }
}
