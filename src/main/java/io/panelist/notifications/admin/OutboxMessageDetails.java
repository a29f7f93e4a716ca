package io.panelist.notifications.admin;

import io.micronaut.core.annotation.Nullable;
import io.panelist.notifications.MailPayload;

/** One message in full, for reading at /admin/mail: the mail's bodies, or a webhook's payload as stored. */
public record OutboxMessageDetails(OutboxMessageResponse message, @Nullable MailPayload mail, String payload) {
}
