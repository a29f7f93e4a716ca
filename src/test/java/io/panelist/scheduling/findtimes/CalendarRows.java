package io.panelist.scheduling.findtimes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Availability and qualifications written straight into their tables, for find-times tests over the real database
 * (their API belongs to another part of scheduling): settings, weekly hours, times away, qualifications.
 */
final class CalendarRows {
    interface ConnectionSource {
        Connection open() throws SQLException;
    }

    private final ConnectionSource source;

    CalendarRows(ConnectionSource source) {
        this.source = source;
    }

    /** Saved settings: a zone (null: the user's), a daily limit (or null) and a buffer. */
    CalendarRows settings(UUID user, String zone, Integer dailyLimit, int bufferMinutes) {
        return run("""
            INSERT INTO interviewer_availability (user_id, time_zone, daily_limit, buffer_minutes, updated_at)
            VALUES (?, ?, ?, ?, now())
            ON CONFLICT (user_id) DO UPDATE SET time_zone = EXCLUDED.time_zone,
                   daily_limit = EXCLUDED.daily_limit, buffer_minutes = EXCLUDED.buffer_minutes
            """, user, zone, dailyLimit, bufferMinutes);
    }

    /** Weekly hours on an ISO day (1 Monday .. 7 Sunday), in minutes after local midnight; settings come first. */
    CalendarRows hours(UUID user, int day, int fromMinute, int toMinute) {
        return run("INSERT INTO availability_weekly (user_id, day, from_minute, to_minute) VALUES (?, ?, ?, ?)",
                user, (short) day, (short) fromMinute, (short) toMinute);
    }

    CalendarRows away(UUID user, Instant from, Instant to) {
        return run("INSERT INTO availability_exceptions (id, user_id, during, reason) "
                + "VALUES (?, ?, tstzrange(?, ?, '[)'), 'Away')", UUID.randomUUID(), user, utc(from), utc(to));
    }

    CalendarRows weeklyLimit(UUID user, int limit) {
        return run("UPDATE users SET weekly_interview_limit = ? WHERE id = ?", limit, user);
    }

    CalendarRows qualified(UUID user, UUID topic, String level) {
        return run("INSERT INTO interviewer_qualifications (user_id, topic_id, level, updated_at) "
                + "VALUES (?, ?, ?, now())", user, topic, level);
    }

    /** The topic a stage assesses first. */
    UUID topicOf(UUID stage) {
        try (Connection connection = source.open(); PreparedStatement statement = connection.prepareStatement(
                "SELECT topic_id FROM stage_topics WHERE stage_id = ? ORDER BY position LIMIT 1")) {
            statement.setObject(1, stage);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getObject(1, UUID.class);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private CalendarRows run(String sql, Object... parameters) {
        try (Connection connection = source.open(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
            return this;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
