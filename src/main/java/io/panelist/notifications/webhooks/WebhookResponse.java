package io.panelist.notifications.webhooks;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A webhook as the API shows it: never its secret. */
@Serdeable
public record WebhookResponse(UUID id, String url, List<String> events, boolean active, long version,
                              Instant createdAt, Instant updatedAt) {
    public WebhookResponse {
        events = List.copyOf(events);
    }

    static WebhookResponse of(Webhook webhook) {
        return new WebhookResponse(webhook.id(), webhook.url(), webhook.eventList(), webhook.active(),
                webhook.version(), webhook.createdAt(), webhook.updatedAt());
    }
}
