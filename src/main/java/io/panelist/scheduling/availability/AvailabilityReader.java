package io.panelist.scheduling.availability;

import io.panelist.shared.Jdbc;
import io.panelist.shared.TimeZones;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The availability of many people at once, in three statements whatever their number: their settings (with the
 * user's zone and weekly limit), their weekly hours, and their exceptions that touch a window.
 */
@Singleton
public class AvailabilityReader {
    private static final String SETTINGS = """
        SELECT u.id, COALESCE(a.time_zone, u.time_zone), a.daily_limit, u.weekly_interview_limit,
               COALESCE(a.buffer_minutes, 0)
          FROM users u LEFT JOIN interviewer_availability a ON a.user_id = u.id
         WHERE u.id = ANY(?)
        """;
    private static final String WEEKLY = """
        SELECT user_id, day, from_minute, to_minute FROM availability_weekly
         WHERE user_id = ANY(?) ORDER BY user_id, day, from_minute
        """;
    private static final String AWAY = """
        SELECT id, user_id, lower(during), upper(during), reason FROM availability_exceptions
         WHERE user_id = ANY(?) AND during && tstzrange(?, ?, '[)') ORDER BY user_id, lower(during)
        """;
    private final Jdbc jdbc;

    AvailabilityReader(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Each known user's availability, with the exceptions that overlap [from, to); users that do not exist are
     * absent from the answer. Runs on the caller's transaction or connection.
     */
    public Map<UUID, Availability> of(Collection<UUID> userIds, Instant from, Instant to) {
        UUID[] ids = userIds.toArray(UUID[]::new);
        List<Object> byIds = Collections.singletonList(ids);
        Map<UUID, Availability> settings = jdbc.query("read availability settings", SETTINGS, byIds,
                AvailabilityReader::settings);
        Map<UUID, List<Availability.WeeklyRange>> weekly = jdbc.query("read weekly hours", WEEKLY, byIds,
                AvailabilityReader::weekly);
        Map<UUID, List<Availability.Away>> away = jdbc.query("read times away", AWAY,
                List.of(ids, utc(from), utc(to)), AvailabilityReader::away);
        Map<UUID, Availability> all = new LinkedHashMap<>();
        settings.forEach((id, base) -> all.put(id, new Availability(id, base.zone(),
                weekly.getOrDefault(id, List.of()), away.getOrDefault(id, List.of()), base.dailyLimit(),
                base.weeklyLimit(), base.bufferMinutes())));
        return all;
    }

    /**
     * These people's zones, limits and buffers alone, without their hours or times away (one statement): what a
     * booking needs to count their load.
     */
    public Map<UUID, Availability> limitsOf(Collection<UUID> userIds) {
        return jdbc.query("read availability settings", SETTINGS,
                Collections.singletonList(userIds.toArray(UUID[]::new)), AvailabilityReader::settings);
    }

    private static Map<UUID, Availability> settings(ResultSet rows) throws SQLException {
        Map<UUID, Availability> found = new HashMap<>();
        while (rows.next()) {
            UUID id = rows.getObject(1, UUID.class);
            found.put(id, new Availability(id, TimeZones.orUtc(rows.getString(2)), List.of(), List.of(),
                    (Integer) rows.getObject(3), (Integer) rows.getObject(4), rows.getInt(5)));
        }
        return found;
    }

    private static Map<UUID, List<Availability.WeeklyRange>> weekly(ResultSet rows) throws SQLException {
        Map<UUID, List<Availability.WeeklyRange>> found = new HashMap<>();
        while (rows.next()) {
            found.computeIfAbsent(rows.getObject(1, UUID.class), id -> new ArrayList<>())
                    .add(Availability.WeeklyRange.of(DayOfWeek.of(rows.getInt(2)), rows.getInt(3), rows.getInt(4)));
        }
        return found;
    }

    private static Map<UUID, List<Availability.Away>> away(ResultSet rows) throws SQLException {
        Map<UUID, List<Availability.Away>> found = new HashMap<>();
        while (rows.next()) {
            found.computeIfAbsent(rows.getObject(2, UUID.class), id -> new ArrayList<>())
                    .add(new Availability.Away(rows.getObject(1, UUID.class),
                            rows.getObject(3, OffsetDateTime.class).toInstant(),
                            rows.getObject(4, OffsetDateTime.class).toInstant(), rows.getString(5)));
        }
        return found;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }
}
