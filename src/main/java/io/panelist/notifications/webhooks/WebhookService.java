package io.panelist.notifications.webhooks;

import io.micronaut.core.type.Argument;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.ReadOnly;
import io.panelist.audit.AuditService;
import io.panelist.notifications.admin.OutboxAdmin;
import io.panelist.notifications.webhooks.delivery.RedeliveryResponse;
import io.panelist.notifications.webhooks.delivery.WebhookDelivery;
import io.panelist.notifications.webhooks.delivery.WebhookDeliveryRepository;
import io.panelist.notifications.webhooks.delivery.WebhookDeliveryResponse;
import io.panelist.notifications.webhooks.delivery.WebhookSignature;
import io.panelist.shared.Json;
import io.panelist.shared.Page;
import io.panelist.shared.Paging;
import io.panelist.shared.problem.ConflictException;
import io.panelist.shared.problem.InvalidInputException;
import io.panelist.shared.problem.NotFoundException;
import io.panelist.shared.problem.StaleVersionException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

/** Webhooks for administrators: register, change, remove, read the delivery log, send a message again. */
@Singleton
public class WebhookService {
    private final WebhookRepository webhooks;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookTargets targets;
    private final Webhooks publisher;
    private final OutboxAdmin outbox;
    private final AuditService audit;
    private final Json json;
    private final Clock clock;

    WebhookService(WebhookRepository webhooks, WebhookDeliveryRepository deliveries, WebhookTargets targets,
                   Webhooks publisher, OutboxAdmin outbox, AuditService audit, Json json, Clock clock) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.targets = targets;
        this.publisher = publisher;
        this.outbox = outbox;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** Registers a webhook; the answer is the only one that shows its signing secret. */
    @Transactional
    public CreatedWebhookResponse createWebhook(UUID actorId, SaveWebhookRequest request) {
        String url = checkedUrl(request.url());
        String[] events = events(request.events());
        Instant now = clock.instant();
        Webhook webhook = webhooks.save(new Webhook(UUID.randomUUID(), url, events, request.isActive(),
                WebhookSignature.newSecret(), 0, now, now));
        audit.record(actorId, "webhook.created", "webhook", webhook.id(), details(webhook));
        return CreatedWebhookResponse.of(webhook);
    }

    /** Changes the URL, events and active flag; a stale {@code If-Match} is refused (412). The secret stays. */
    @Transactional
    public WebhookResponse updateWebhook(UUID actorId, UUID id, OptionalLong expectedVersion,
                                         SaveWebhookRequest request) {
        Webhook current = webhooks.findForUpdate(id).orElseThrow(() -> new NotFoundException("Webhook", id));
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != current.version()) {
            throw new StaleVersionException("Webhook " + id, current.version());
        }
        Webhook changed = current.changed(checkedUrl(request.url()), events(request.events()), request.isActive(),
                clock.instant());
        try {
            changed = webhooks.update(changed);
        } catch (OptimisticLockException e) {
            throw new StaleVersionException("Webhook " + id, current.version() + 1);
        }
        audit.record(actorId, "webhook.updated", "webhook", id, details(changed));
        return WebhookResponse.of(changed);
    }

    /** Removes the webhook and its delivery log; messages still in the outbox for it fail as undeliverable. */
    @Transactional
    public void deleteWebhook(UUID actorId, UUID id) {
        Webhook current = webhooks.findForUpdate(id).orElseThrow(() -> new NotFoundException("Webhook", id));
        webhooks.delete(current);
        audit.record(actorId, "webhook.deleted", "webhook", id, Map.of("url", current.url()));
    }

    @ReadOnly
    public WebhookResponse webhook(UUID id) {
        return webhooks.findById(id).map(WebhookResponse::of).orElseThrow(() -> new NotFoundException("Webhook", id));
    }

    @ReadOnly
    public Page<WebhookResponse> webhooks(Paging paging) {
        return new Page<>(webhooks.page(paging.pageSize(), paging.offset()).stream().map(WebhookResponse::of)
                .toList(), paging.pageNumber(), paging.pageSize(), webhooks.count());
    }

    /** The webhook's attempts, newest first. */
    @ReadOnly
    public Page<WebhookDeliveryResponse> deliveries(UUID webhookId, Paging paging) {
        webhook(webhookId);
        return new Page<>(deliveries.page(webhookId, paging.pageSize(), paging.offset()).stream()
                .map(WebhookDeliveryResponse::of).toList(), paging.pageNumber(), paging.pageSize(),
                deliveries.countByWebhookId(webhookId));
    }

    /**
     * Sends the message of a delivery again, as a new outbox message with the same {@code webhook-id} and body
     * (receivers that dedupe by id see it as the same message). 409 when the message was erased with its candidate.
     */
    @Transactional
    public RedeliveryResponse redeliver(UUID actorId, UUID webhookId, UUID deliveryId) {
        Webhook webhook = webhooks.findById(webhookId).orElseThrow(() -> new NotFoundException("Webhook", webhookId));
        WebhookDelivery delivery = deliveries.findByIdAndWebhookId(deliveryId, webhookId)
                .orElseThrow(() -> new NotFoundException("Delivery", deliveryId));
        WebhookPayload payload = storedPayload(delivery);
        UUID message = publisher.enqueue(webhook, payload);
        audit.record(actorId, "webhook.redelivered", "webhook", webhookId,
                Map.of("deliveryId", deliveryId, "webhookMessageId", payload.messageId(), "outboxMessageId", message));
        return new RedeliveryResponse(message, payload.messageId());
    }

    private WebhookPayload storedPayload(WebhookDelivery delivery) {
        String stored;
        try {
            stored = outbox.read(delivery.outboxMessageId()).payload();
        } catch (NotFoundException e) {
            throw gone();
        }
        if (!stored.contains("\"body\"")) {
            throw gone();
        }
        return json.read(stored, Argument.of(WebhookPayload.class));
    }

    private static ConflictException gone() {
        return new ConflictException("webhook-message-erased",
                "This message is no longer kept (it was about an erased candidate), so it cannot be sent again.");
    }

    private String checkedUrl(String url) {
        try {
            return targets.check(url).toString();
        } catch (WebhookTargets.RefusedTarget refused) {
            throw InvalidInputException.badField("url", refused.getMessage());
        }
    }

    private static String[] events(List<String> wires) {
        List<String> events = new ArrayList<>();
        for (int i = 0; i < wires.size(); i++) {
            String wire = WebhookEvent.parse("events[" + i + "]", wires.get(i).trim()).wire();
            if (!events.contains(wire)) {
                events.add(wire);
            }
        }
        return events.toArray(String[]::new);
    }

    private static Map<String, Object> details(Webhook webhook) {
        return Map.of("url", webhook.url(), "events", webhook.eventList(), "active", webhook.active());
    }
}
