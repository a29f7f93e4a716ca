package io.panelist.notifications.settings;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface NotificationSettingsRepository extends GenericRepository<NotificationSettingsRow, UUID> {

    Optional<NotificationSettingsRow> findById(UUID userId);

    /**
     * Writes both choices when the stored version is {@code expected} (0: no row yet), or whatever it is when
     * {@code expected} is null; 0 rows when it was not.
     */
    @Query("""
        INSERT INTO notification_settings AS s (user_id, scorecard_reminders, evidence_complete, version, updated_at)
        SELECT :userId, :scorecardReminders, :evidenceComplete, 1, :now
         WHERE CAST(:expected AS bigint) IS NULL OR CAST(:expected AS bigint) = 0
            OR EXISTS (SELECT 1 FROM notification_settings WHERE user_id = :userId)
        ON CONFLICT (user_id) DO UPDATE
           SET scorecard_reminders = EXCLUDED.scorecard_reminders, evidence_complete = EXCLUDED.evidence_complete,
               version = s.version + 1, updated_at = EXCLUDED.updated_at
         WHERE CAST(:expected AS bigint) IS NULL OR s.version = :expected
        """)
    int save(UUID userId, boolean scorecardReminders, boolean evidenceComplete, @Nullable Long expected, Instant now);

    /** Turns one kind off (an unsubscribe link), creating the row with the other kind on; 0 for no such user. */
    @Query("""
        INSERT INTO notification_settings AS s (user_id, scorecard_reminders, evidence_complete, version, updated_at)
        SELECT :userId, NOT :reminders, NOT :evidence, 1, :now WHERE EXISTS (SELECT 1 FROM users WHERE id = :userId)
        ON CONFLICT (user_id) DO UPDATE
           SET scorecard_reminders = s.scorecard_reminders AND NOT :reminders,
               evidence_complete = s.evidence_complete AND NOT :evidence,
               version = s.version + 1, updated_at = EXCLUDED.updated_at
        """)
    int turnOff(UUID userId, boolean reminders, boolean evidence, Instant now);
}
