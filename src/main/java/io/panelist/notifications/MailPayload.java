package io.panelist.notifications;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.LinkedHashMap;
import java.util.Map;

/** A mail as stored in the outbox's payload: what the SMTP transport sends and the admin page shows. */
@Serdeable
public record MailPayload(String to, String subject, String text, String html, @Nullable CalendarPart calendar,
                          Map<String, String> headers) {
    public MailPayload {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    static MailPayload of(OutboxMail mail) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (mail.unsubscribeUrl() != null) {
            headers.put("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
            headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        return new MailPayload(mail.to(), mail.subject(), mail.text(), mail.html(), mail.calendar(), headers);
    }
}
