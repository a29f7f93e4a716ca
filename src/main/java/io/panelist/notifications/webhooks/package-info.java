/**
 * Webhooks: administrators register HTTP endpoints for six events; features publish an event in the transaction of
 * their change ({@link io.panelist.notifications.webhooks.Webhooks#publish}), which writes one outbox message per
 * subscribed webhook; the outbox's dispatcher hands each to {@code delivery.WebhookTransport}, which signs and POSTs it and
 * records the attempt. A sub-package of notifications: the outbox is its only way out.
 */
package io.panelist.notifications.webhooks;
