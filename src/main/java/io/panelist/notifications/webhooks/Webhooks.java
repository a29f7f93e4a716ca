package io.panelist.notifications.webhooks;

import io.micronaut.core.annotation.Nullable;
import io.panelist.notifications.Outbox;
import io.panelist.notifications.OutboxKind;
import io.panelist.shared.Json;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Where features announce what webhooks hear. Each call joins the caller's transaction: the messages commit or roll
 * back with the change, and the outbox's dispatcher sends them afterwards.
 */
@Singleton
public class Webhooks {
    /**
     * An SQL expression for the webhooks' stamp: a caller that reads it in a statement it sends anyway and hands it to
     * {@link #publish(WebhookEvent, WebhookIds, UUID)} spares that call a query of the webhooks.
     */
    public static final String STAMP = ActiveWebhooks.STAMP;
    private final ActiveWebhooks active;
    private final Outbox outbox;
    private final Json json;
    private final Clock clock;

    Webhooks(ActiveWebhooks active, Outbox outbox, Json json, Clock clock) {
        this.active = active;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Writes one outbox message for each active webhook that hears the event. The body, {@code {"type",
     * "timestamp", "data": {ids}}}, is fixed now; each message gets its own {@code webhook-id}, kept on every retry.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(WebhookEvent event, WebhookIds ids) {
        publish(event, ids, null);
    }

    /**
     * As {@link #publish(WebhookEvent, WebhookIds)}, with the webhooks' stamp ({@link #STAMP}) read in this
     * transaction: the webhooks that heard the event as of that stamp, held in memory while it lasts.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(WebhookEvent event, WebhookIds ids, @Nullable UUID stamp) {
        Objects.requireNonNull(event, "event");
        List<Webhook> listening = active.hearing(event.wire(), stamp);
        if (listening.isEmpty()) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", event.wire());
        body.put("timestamp", clock.instant().toString());
        body.put("data", ids.data());
        String text = json.write(body);
        for (Webhook webhook : listening) {
            enqueue(webhook, new WebhookPayload(webhook.id(), newMessageId(), event.wire(), ids.candidateId(), text));
        }
    }

    /** One message to one webhook (a new one, or a redelivery with the same id and body); the outbox message's id. */
    UUID enqueue(Webhook webhook, WebhookPayload payload) {
        return outbox.enqueue(OutboxKind.WEBHOOK, webhook.url(), payload.event(), json.write(payload),
                payload.candidateId(), null).orElseThrow();
    }

    /** A {@code webhook-id}: unique per message, the same on its retries and redeliveries. */
    static String newMessageId() {
        return "msg_" + UUID.randomUUID().toString().replace("-", "");
    }
}
