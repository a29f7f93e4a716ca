package io.panelist.notifications.webhooks;

import io.micronaut.transaction.TransactionOperations;
import io.panelist.notifications.webhooks.delivery.WebhookDelivery;
import io.panelist.notifications.webhooks.delivery.WebhookDeliveryRepository;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.UUID;

/**
 * A webhook with one logged attempt, for tests that need a delivery without a receiver (the access matrix): the
 * message goes into the outbox through the same code as a publish, and its attempt is recorded as the transport
 * records a receiver's 503.
 */
@Singleton
public class WebhookTestData {
    private final WebhookRepository webhooks;
    private final WebhookDeliveryRepository deliveries;
    private final Webhooks publisher;
    private final TransactionOperations<?> transactions;
    private final Clock clock;

    WebhookTestData(WebhookRepository webhooks, WebhookDeliveryRepository deliveries, Webhooks publisher,
                    TransactionOperations<?> transactions, Clock clock) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.publisher = publisher;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The id of a delivery of a new message to this webhook, answered with 503. */
    public UUID failedDelivery(UUID webhookId) {
        return transactions.executeWrite(status -> {
            Webhook webhook = webhooks.findById(webhookId).orElseThrow();
            WebhookPayload payload = new WebhookPayload(webhookId, Webhooks.newMessageId(),
                    WebhookEvent.CANDIDATE_ERASED.wire(), null, "{\"type\":\"candidate.erased\",\"data\":{}}");
            UUID message = publisher.enqueue(webhook, payload);
            return deliveries.save(new WebhookDelivery(UUID.randomUUID(), webhookId, message, payload.event(),
                    payload.messageId(), 1, 503, "The receiver answered HTTP 503.", clock.instant())).id();
        });
    }
}
