package io.panelist.notifications.webhooks.delivery;

import io.micronaut.core.type.Argument;
import io.micronaut.data.exceptions.DataAccessException;
import io.panelist.notifications.OutboxKind;
import io.panelist.notifications.OutboxMessage;
import io.panelist.notifications.OutboxTransport;
import io.panelist.notifications.webhooks.Webhook;
import io.panelist.notifications.webhooks.WebhookPayload;
import io.panelist.notifications.webhooks.WebhookRepository;
import io.panelist.notifications.webhooks.WebhookTargets;
import io.panelist.shared.Json;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

/**
 * Sends webhook messages for the outbox's dispatcher, outside any transaction: checks the target again (DNS can
 * change since the webhook was saved), signs as Standard Webhooks does and POSTs the body. A 2xx within 10 s is
 * success; anything else throws, so the dispatcher retries with the same {@code webhook-id}. Every attempt that
 * reaches a webhook is recorded in its delivery log. Redirects are not followed: a 3xx is a failure.
 */
@Singleton
class WebhookTransport implements OutboxTransport {
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_ERROR = 300;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final WebhookRepository webhooks;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookTargets targets;
    private final Json json;
    private final Clock clock;

    WebhookTransport(WebhookRepository webhooks, WebhookDeliveryRepository deliveries, WebhookTargets targets,
                     Json json, Clock clock) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.targets = targets;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Set<OutboxKind> kinds() {
        return Set.of(OutboxKind.WEBHOOK);
    }

    @Override
    public void send(OutboxMessage message) throws Exception {
        WebhookPayload payload = json.read(message.payload(), Argument.of(WebhookPayload.class));
        Webhook webhook = webhooks.findById(payload.webhookId())
                .orElseThrow(() -> new IllegalStateException("The webhook was deleted; nothing receives this message."));
        Integer status = null;
        try {
            status = post(webhook, payload);
        } catch (Exception e) {
            record(message, payload, null, describe(e));
            throw e;
        }
        if (status / 100 != 2) {
            record(message, payload, status, "The receiver answered HTTP " + status + ".");
            throw new IOException("The receiver answered HTTP " + status + ".");
        }
        record(message, payload, status, null);
    }

    private int post(Webhook webhook, WebhookPayload payload) throws Exception {
        URI target = targets.check(webhook.url());
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(target).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("webhook-id", payload.messageId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(webhook.secret(), payload.messageId(), timestamp,
                        payload.body()))
                .POST(HttpRequest.BodyPublishers.ofString(payload.body(), StandardCharsets.UTF_8))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private void record(OutboxMessage message, WebhookPayload payload, Integer status, String error) {
        try {
            deliveries.save(new WebhookDelivery(UUID.randomUUID(), payload.webhookId(), message.id(), payload.event(),
                    payload.messageId(), message.attempt(), status, error, clock.instant()));
        } catch (DataAccessException e) {
            // the webhook was deleted while this was sent: its log went with it
        }
    }

    /** What went wrong, in one short line without internals: a refused target says why, a timeout says so. */
    private static String describe(Exception e) {
        String text = e instanceof WebhookTargets.RefusedTarget
                ? "The target " + e.getMessage() + "; it is not called."
                : e instanceof java.net.http.HttpTimeoutException ? "No answer within " + TIMEOUT.toSeconds() + " s."
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        text = text.replaceAll("\\s+", " ").trim();
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 1) + "…";
    }
}
