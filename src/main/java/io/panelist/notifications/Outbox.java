package io.panelist.notifications;

import io.micronaut.core.annotation.Nullable;
import io.panelist.shared.Jdbc;
import io.panelist.shared.Json;
import io.panelist.shared.erasure.FreeTextColumns;
import io.panelist.shared.erasure.FreeTextEraser;
import io.panelist.shared.erasure.PersonMentions;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Where features put what they want sent. Every write joins the caller's transaction, so a message commits or rolls
 * back with the change that caused it; a dispatcher in every instance sends it afterwards. Notifications knows none
 * of the features above it: they hand it the rendered message.
 */
@Singleton
public class Outbox {
    /** Many messages in one statement, each as {@link OutboxRepository#insert}; a taken dedupe key writes nothing. */
    private static final String INSERT_ALL = """
        INSERT INTO outbox (id, kind, status, recipient, subject, payload, candidate_id, dedupe_key, attempts,
                            next_attempt_at, created_at)
        SELECT CAST(m.id AS uuid), m.kind, m.status, m.recipient, m.subject, CAST(m.payload AS jsonb),
               CAST(m.candidate_id AS uuid), m.dedupe_key, 0, CAST(m.due_at AS timestamptz), ?
          FROM unnest(?, ?, ?, ?, ?, ?, ?, ?, ?)
               AS m(id, kind, status, recipient, subject, payload, candidate_id, dedupe_key, due_at)
        ON CONFLICT (dedupe_key) DO NOTHING
        """;
    /** Any message may name a person: those about them in any way, the others by full name, address or number. */
    private static final FreeTextColumns MESSAGES = FreeTextColumns.about("outbox", List.of("id"),
            List.of(FreeTextColumns.text("recipient", 2048), FreeTextColumns.text("subject", 998),
                    FreeTextColumns.text("last_error", 500)), List.of("payload"), "candidate_id = ?").andElsewhere();
    private final OutboxRepository rows;
    private final Jdbc jdbc;
    private final Transports transports;
    private final Json json;
    private final FreeTextEraser eraser;
    private final Clock clock;

    Outbox(OutboxRepository rows, Jdbc jdbc, Transports transports, Json json, FreeTextEraser eraser, Clock clock) {
        this.rows = rows;
        this.jdbc = jdbc;
        this.transports = transports;
        this.json = json;
        this.eraser = eraser;
        this.clock = clock;
    }

    /**
     * Writes a mail to send once the caller's transaction commits: PENDING, or HELD when no SMTP server is
     * configured. With a dedupe key already in the outbox, writes nothing.
     *
     * @return the new message's id; empty when the dedupe key was taken
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> enqueueMail(OutboxMail mail) {
        return insert(mail.kind(), mail.to(), mail.subject(), json.write(MailPayload.of(mail)), mail.candidateId(),
                mail.dedupeKey(), mail.dueAt());
    }

    /**
     * Writes these mails, unrendered, in one statement (see {@link Letter}); otherwise as {@link #enqueueMail}: a
     * letter whose dedupe key is taken is not written.
     *
     * @return how many were written
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int enqueueLetters(List<Letter> letters) {
        if (letters.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        int n = letters.size();
        String[] ids = new String[n];
        String[] kinds = new String[n];
        String[] statuses = new String[n];
        String[] recipients = new String[n];
        String[] subjects = new String[n];
        String[] payloads = new String[n];
        String[] candidates = new String[n];
        String[] dedupeKeys = new String[n];
        String[] due = new String[n];
        for (int i = 0; i < n; i++) {
            Letter letter = letters.get(i);
            ids[i] = UUID.randomUUID().toString();
            kinds[i] = letter.kind().name();
            statuses[i] = transports.initialStatus(letter.kind()).name();
            recipients[i] = letter.to();
            subjects[i] = letter.subject();
            payloads[i] = letter.payload();
            candidates[i] = letter.candidateId() == null ? null : letter.candidateId().toString();
            dedupeKeys[i] = letter.dedupeKey();
            due[i] = (letter.dueAt() == null || letter.dueAt().isBefore(now) ? now : letter.dueAt()).toString();
        }
        // plain JDBC: Micronaut Data binds nine arrays at several times the CPU of the statement itself
        return jdbc.update("write the letters", INSERT_ALL, List.of(now.atOffset(ZoneOffset.UTC), ids, kinds, statuses,
                recipients, subjects, payloads, candidates, dedupeKeys, due));
    }

    /**
     * Writes a message of any kind (a webhook) whose payload, a JSON object, only its {@link OutboxTransport}
     * reads. HELD when no transport sends the kind.
     *
     * @return the new message's id; empty when the dedupe key was taken
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> enqueue(OutboxKind kind, String recipient, String subject, String payloadJson,
                                  @Nullable UUID candidateId, @Nullable String dedupeKey) {
        return insert(kind, recipient, subject, payloadJson, candidateId, dedupeKey, null);
    }

    /** Marks the unsent message with this dedupe key SKIPPED (a reminder no longer needed); true if there was one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean skip(String dedupeKey) {
        return rows.skip(dedupeKey) > 0;
    }

    /** Marks every unsent message with one of these dedupe keys SKIPPED; how many there were. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int skipAll(List<String> dedupeKeys) {
        return dedupeKeys.isEmpty() ? 0 : rows.skipAll(dedupeKeys.toArray(String[]::new));
    }

    /**
     * A candidate's erasure: deletes every unsent (HELD, PENDING, DEAD) message to or about them, keeps of the sent
     * and skipped ones only that they existed (subject and payload neutral), then replaces the person's mentions
     * wherever a message still holds them: any form in those about them (their address, an error quoting it), the
     * unambiguous ones in every other.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void eraseCandidate(UUID candidateId, PersonMentions mentions) {
        rows.deleteUnsentOf(candidateId);
        rows.scrubSentOf(candidateId, mentions.replacement(), json.write(Map.of("erased", true)));
        eraser.erase(MESSAGES, mentions, candidateId);
    }

    private Optional<UUID> insert(OutboxKind kind, String recipient, String subject, String payload,
                                  @Nullable UUID candidateId, @Nullable String dedupeKey, @Nullable Instant dueAt) {
        Objects.requireNonNull(kind, "kind");
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        int written = rows.insert(id, kind.name(), transports.initialStatus(kind).name(), recipient, subject, payload,
                candidateId, dedupeKey, now, dueAt == null || dueAt.isBefore(now) ? now : dueAt);
        return written == 1 ? Optional.of(id) : Optional.empty();
    }
}
