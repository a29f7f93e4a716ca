package io.panelist.notifications.webhooks;

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
    private final WebhookRepository webhooks;
    private final Outbox outbox;
    private final Json json;
    private final Clock clock;

    Webhooks(WebhookRepository webhooks, Outbox outbox, Json json, Clock clock) {
        this.webhooks = webhooks;
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
        Objects.requireNonNull(event, "event");
        List<Webhook> listening = webhooks.activeFor(event.wire());
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
