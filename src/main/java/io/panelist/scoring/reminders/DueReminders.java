package io.panelist.scoring.reminders;

import io.panelist.shared.Jdbc;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Finds, in one statement, every reminder due now and not yet written: a panelist of a held interview (the
 * {@code scorecards_awaited} view: not cancelled, no show excluded, scorecard not submitted) whose reminder round
 * {@code nth} has begun, counted from the interview's end. Only the latest round is due: an instance that was down
 * for three days sends one reminder, not three. Past the last round's window, nothing is due any more. Left out:
 * people who turned reminders off, deactivated users, erased candidates.
 */
@Singleton
class DueReminders {
    // an interview lasts at most 8 hours (a constraint): bounding starts_at too lets the scan use its index
    private static final String SQL = """
        SELECT * FROM (
            SELECT a.interview_id, a.panelist_id, u.email, u.display_name, u.time_zone, c.id AS candidate_id,
                   c.name AS candidate_name, p.title, st.name AS stage_name, i.ends_at,
                   LEAST(?, floor((extract(epoch FROM ? - i.ends_at) - ?) / ?)::int + 1) AS nth
              FROM scorecards_awaited a
              JOIN interviews i ON i.id = a.interview_id
              JOIN users u ON u.id = a.panelist_id AND u.active
              JOIN candidates c ON c.id = i.candidate_id AND c.erased_at IS NULL
              JOIN applications ap ON ap.id = i.application_id
              JOIN positions p ON p.id = ap.position_id
              JOIN plan_stages st ON st.id = i.stage_id
              LEFT JOIN notification_settings ns ON ns.user_id = a.panelist_id
             WHERE i.ends_at <= ? AND i.ends_at > ? AND i.starts_at > ? - interval '8 hours'
               AND coalesce(ns.scorecard_reminders, true)
        ) due
        WHERE NOT EXISTS (SELECT 1 FROM outbox o
                           WHERE o.dedupe_key = 'scorecard-reminder:' || due.interview_id || ':' || due.panelist_id
                                                || ':' || due.nth)
        ORDER BY ends_at, interview_id, panelist_id
        LIMIT ?
        """;
    private final Jdbc jdbc;

    DueReminders(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    List<DueReminder> at(Instant now, ReminderSettings settings, int limit) {
        long first = settings.firstAfter.toSeconds();
        long repeat = settings.repeatEvery.toSeconds();
        Instant firstDue = now.minus(settings.firstAfter);
        Instant windowsEnd = now.minus(settings.firstAfter).minus(settings.repeatEvery.multipliedBy(settings.max));
        return jdbc.query("find due scorecard reminders", SQL, List.of(settings.max, utc(now), first, repeat,
                utc(firstDue), utc(windowsEnd), utc(windowsEnd), limit), rows -> {
            List<DueReminder> due = new ArrayList<>();
            while (rows.next()) {
                due.add(new DueReminder(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                        rows.getString(3), rows.getString(4), rows.getString(5), rows.getObject(6, UUID.class),
                        rows.getString(7), rows.getString(8), rows.getString(9),
                        rows.getObject(10, OffsetDateTime.class).toInstant(), rows.getInt(11)));
            }
            return due;
        });
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
