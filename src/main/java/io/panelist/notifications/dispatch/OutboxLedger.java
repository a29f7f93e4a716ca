package io.panelist.notifications.dispatch;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.panelist.notifications.OutboxEntry;
import io.panelist.notifications.OutboxKind;
import io.panelist.notifications.OutboxMessage;
import io.panelist.shared.Jdbc;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The dispatcher's bookkeeping, each step its own short transaction: claiming due messages under a lease, and
 * recording how sending went. Only the instance that holds a message's lease records its result.
 */
@Singleton
public class OutboxLedger {
    private static final String CLAIM = """
        UPDATE outbox o SET lease_until = ?, leased_by = ?, next_attempt_at = ?, attempts = o.attempts + 1
         WHERE o.id IN (SELECT id FROM outbox
                         WHERE status = 'PENDING' AND next_attempt_at <= ?
                         ORDER BY next_attempt_at
                         LIMIT ? FOR UPDATE SKIP LOCKED)
        RETURNING o.id, o.kind, o.recipient, o.subject, o.payload::text, o.candidate_id, o.attempts
        """;
    private final Jdbc jdbc;
    private final Results results;

    OutboxLedger(Jdbc jdbc, Results results) {
        this.jdbc = jdbc;
        this.results = results;
    }

    /**
     * Takes up to {@code limit} due PENDING messages for this instance until {@code now + lease}; a claim counts as
     * an attempt. Rows another instance is claiming are skipped, not waited for. A claim moves the message's next
     * attempt to the lease's end, so a message whose instance died is due again once its lease ends.
     */
    @Transactional
    public List<OutboxMessage> claim(String instance, Instant now, Duration lease, int limit) {
        OffsetDateTime until = now.plus(lease).atOffset(ZoneOffset.UTC);
        return jdbc.query("claim due outbox messages", CLAIM,
                List.of(until, instance, until, now.atOffset(ZoneOffset.UTC), limit), rows -> {
                    List<OutboxMessage> claimed = new ArrayList<>();
                    while (rows.next()) {
                        claimed.add(new OutboxMessage(rows.getObject(1, UUID.class),
                                OutboxKind.valueOf(rows.getString(2)), rows.getString(3), rows.getString(4),
                                rows.getString(5), rows.getObject(6, UUID.class), rows.getInt(7)));
                    }
                    return claimed;
                });
    }

    /** False when this instance no longer holds the lease (it ended and another instance took the message). */
    @Transactional
    public boolean sent(UUID id, String instance, Instant now) {
        return results.sent(id, instance, now) == 1;
    }

    @Transactional
    boolean failed(UUID id, String instance, boolean dead, Instant nextAttempt, String error) {
        return results.failed(id, instance, dead ? "DEAD" : "PENDING", nextAttempt, error) == 1;
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Results extends GenericRepository<OutboxEntry, UUID> {
        @Query("""
            UPDATE outbox SET status = 'SENT', sent_at = :now, lease_until = NULL, leased_by = NULL
             WHERE id = :id AND leased_by = :instance AND status = 'PENDING'
            """)
        public int sent(UUID id, String instance, Instant now);

        @Query("""
            UPDATE outbox SET status = :status, next_attempt_at = :nextAttempt, last_error = :error,
                              lease_until = NULL, leased_by = NULL
             WHERE id = :id AND leased_by = :instance AND status = 'PENDING'
            """)
        int failed(UUID id, String instance, String status, Instant nextAttempt, @Nullable String error);
    }
}
