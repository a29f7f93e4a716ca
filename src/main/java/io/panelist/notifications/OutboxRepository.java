package io.panelist.notifications;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OutboxRepository extends GenericRepository<OutboxEntry, UUID> {

    /** 1 if written; 0 if a message with this dedupe key already exists. */
    @Query("""
        INSERT INTO outbox (id, kind, status, recipient, subject, payload, candidate_id, dedupe_key, attempts,
                            next_attempt_at, created_at)
        VALUES (:id, :kind, :status, :recipient, :subject, CAST(:payload AS jsonb), :candidateId, :dedupeKey, 0,
                :dueAt, :now)
        ON CONFLICT (dedupe_key) DO NOTHING
        """)
    int insert(UUID id, String kind, String status, String recipient, String subject, String payload,
               @Nullable UUID candidateId, @Nullable String dedupeKey, Instant now, Instant dueAt);

    Optional<OutboxEntry> findById(UUID id);

    @Query("SELECT * FROM outbox WHERE id = :id FOR UPDATE")
    Optional<OutboxEntry> findForUpdate(UUID id);

    @Query("""
        UPDATE outbox SET status = :status, attempts = :attempts, next_attempt_at = :now, lease_until = NULL,
                          leased_by = NULL
         WHERE id = :id
        """)
    int requeue(UUID id, String status, int attempts, Instant now);

    @Query("""
        UPDATE outbox SET status = 'SKIPPED', lease_until = NULL, leased_by = NULL
         WHERE dedupe_key = :dedupeKey AND status IN ('HELD', 'PENDING')
        """)
    int skip(String dedupeKey);

    @Query("""
        UPDATE outbox SET status = 'SKIPPED', lease_until = NULL, leased_by = NULL
         WHERE dedupe_key = ANY(:dedupeKeys) AND status IN ('HELD', 'PENDING')
        """)
    int skipAll(String[] dedupeKeys);

    @Query("DELETE FROM outbox WHERE candidate_id = :candidateId AND status IN ('HELD', 'PENDING', 'DEAD')")
    int deleteUnsentOf(UUID candidateId);

    /** Sent and skipped messages to or about the candidate keep only that they existed (their address goes after). */
    @Query("""
        UPDATE outbox SET subject = :replacement, payload = CAST(:payload AS jsonb)
         WHERE candidate_id = :candidateId
        """)
    int scrubSentOf(UUID candidateId, String replacement, String payload);

    @Query("""
        SELECT * FROM outbox
         WHERE (CAST(:status AS text) IS NULL OR status = :status)
           AND (CAST(:kind AS text) IS NULL OR kind = :kind)
           AND (CAST(:recipient AS text) IS NULL OR lower(recipient) = lower(:recipient))
         ORDER BY created_at DESC, id
         LIMIT :limit OFFSET :offset
        """)
    List<OutboxEntry> search(@Nullable String status, @Nullable String kind, @Nullable String recipient, int limit,
                             long offset);

    @Query("""
        SELECT count(*) FROM outbox
         WHERE (CAST(:status AS text) IS NULL OR status = :status)
           AND (CAST(:kind AS text) IS NULL OR kind = :kind)
           AND (CAST(:recipient AS text) IS NULL OR lower(recipient) = lower(:recipient))
        """)
    long count(@Nullable String status, @Nullable String kind, @Nullable String recipient);
}
