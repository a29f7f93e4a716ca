package io.panelist.notifications;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A rendered mail, handed to {@link Outbox#enqueueMail}: the caller has already written its subject and bodies (in
 * the recipient's time zone). {@code candidateId} names the candidate the mail is to or about, so that erasure finds
 * it; {@code dedupeKey} makes a second enqueue of the same key (another instance running the same job) a no-op;
 * {@code unsubscribeUrl} adds RFC 8058 one-click List-Unsubscribe headers (optional mails only); {@code dueAt} holds
 * it back until then (a reminder written when its interview is booked).
 */
public record OutboxMail(OutboxKind kind, String to, String subject, String text, String html,
                         @Nullable CalendarPart calendar, @Nullable UUID candidateId, @Nullable String dedupeKey,
                         @Nullable String unsubscribeUrl, @Nullable Instant dueAt) {
    public OutboxMail {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        if (!kind.isMail()) {
            throw new IllegalArgumentException(kind + " is not a mail");
        }
        if (subject.contains("\n") || subject.contains("\r")) {
            throw new IllegalArgumentException("a subject is one line");
        }
    }

    /** A mail with no calendar part, candidate, dedupe key or unsubscribe link. */
    public static OutboxMail of(OutboxKind kind, String to, String subject, String text, String html) {
        return new OutboxMail(kind, to, subject, text, html, null, null, null, null, null);
    }

    public OutboxMail withCalendar(CalendarPart part) {
        return new OutboxMail(kind, to, subject, text, html, part, candidateId, dedupeKey, unsubscribeUrl, dueAt);
    }

    public OutboxMail aboutCandidate(UUID candidate) {
        return new OutboxMail(kind, to, subject, text, html, calendar, candidate, dedupeKey, unsubscribeUrl, dueAt);
    }

    public OutboxMail dedupedBy(String key) {
        return new OutboxMail(kind, to, subject, text, html, calendar, candidateId, key, unsubscribeUrl, dueAt);
    }

    public OutboxMail unsubscribeAt(String url) {
        return new OutboxMail(kind, to, subject, text, html, calendar, candidateId, dedupeKey, url, dueAt);
    }

    public OutboxMail dueAt(Instant when) {
        return new OutboxMail(kind, to, subject, text, html, calendar, candidateId, dedupeKey, unsubscribeUrl, when);
    }
}
