package io.panelist.notifications;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A mail kept in the outbox as the facts it is written from, not yet rendered: {@code payload} is a JSON object whose
 * {@code letter} member names the {@link LetterRenderer} that turns it into the mail when it is sent or shown.
 * Rendering (templates, a calendar invite) is most of what a mail costs, and the change that writes the mail should
 * not wait for it. The other members are as in {@link OutboxMail}.
 */
public record Letter(OutboxKind kind, String to, String subject, String payload, @Nullable UUID candidateId,
                     @Nullable String dedupeKey, @Nullable Instant dueAt) {
    public Letter {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(payload, "payload");
        if (!kind.isMail()) {
            throw new IllegalArgumentException(kind + " is not a mail");
        }
        if (subject.contains("\n") || subject.contains("\r")) {
            throw new IllegalArgumentException("a subject is one line");
        }
    }
}
