package io.panelist.recruiting.retention;

import io.micronaut.data.connection.annotation.Connectable;
import io.panelist.shared.Jdbc;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Candidates past retention: not erased, with applications, every one of them closed (HIRED, REJECTED or WITHDRAWN)
 * and the last closed before the cut-off. Candidates without applications are not due.
 */
@Singleton
class DueCandidates {
    private static final String DUE = """
        SELECT a.candidate_id
          FROM applications a JOIN candidates c ON c.id = a.candidate_id
         WHERE c.erased_at IS NULL AND a.candidate_id > ?
         GROUP BY a.candidate_id
        HAVING bool_and(a.status <> 'ACTIVE') AND max(a.closed_at) < ?
         ORDER BY a.candidate_id
         LIMIT ?
        """;
    private static final String STILL_DUE = """
        SELECT coalesce(bool_and(status <> 'ACTIVE') AND max(closed_at) < ?, false)
          FROM applications WHERE candidate_id = ?
        """;
    private static final UUID FIRST = new UUID(0, 0);
    private final Jdbc jdbc;

    DueCandidates(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} due candidates, in id order, after {@code after} (null: from the first). */
    @Connectable
    List<UUID> after(UUID after, Instant closedBefore, int limit) {
        return jdbc.query("find the candidates past retention", DUE,
                List.of(after == null ? FIRST : after, utc(closedBefore), limit), rows -> {
                    List<UUID> due = new ArrayList<>();
                    while (rows.next()) {
                        due.add(rows.getObject(1, UUID.class));
                    }
                    return due;
                });
    }

    /** Whether the candidate is due now, in the caller's transaction (which holds the candidate's lock). */
    boolean stillDue(UUID candidateId, Instant closedBefore) {
        return jdbc.query("check that the candidate is past retention", STILL_DUE,
                List.of(utc(closedBefore), candidateId), rows -> rows.next() && rows.getBoolean(1));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
