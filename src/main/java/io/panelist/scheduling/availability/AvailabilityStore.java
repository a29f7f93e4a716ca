package io.panelist.scheduling.availability;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.panelist.shared.Jdbc;
import io.panelist.shared.problem.ConflictException;
import jakarta.inject.Singleton;

import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One person's availability in the tables of V18, read and replaced whole, on the caller's transaction. The weekly
 * limit is read from the user (it is theirs); it is written through the identity service, never here.
 */
@Singleton
class AvailabilityStore {
    private static final String EXCLUSION_VIOLATION = "23P01";
    private static final String SETTINGS = """
        SELECT COALESCE(a.time_zone, u.time_zone), a.daily_limit, u.weekly_interview_limit,
               COALESCE(a.buffer_minutes, 0), COALESCE(a.version, 0)
          FROM users u LEFT JOIN interviewer_availability a ON a.user_id = u.id
         WHERE u.id = ?
        """;
    private static final String WEEKLY = """
        SELECT day, from_minute, to_minute FROM availability_weekly WHERE user_id = ? ORDER BY day, from_minute
        """;
    private static final String AWAY = """
        SELECT lower(during), upper(during), reason FROM availability_exceptions
         WHERE user_id = ? ORDER BY lower(during), upper(during), id
        """;
    private static final String LOCK = """
        INSERT INTO interviewer_availability AS a (user_id, updated_at) VALUES (?, ?)
        ON CONFLICT (user_id) DO UPDATE SET updated_at = a.updated_at
        RETURNING version
        """;
    private static final String SETTLE = """
        UPDATE interviewer_availability
           SET time_zone = ?, daily_limit = ?, buffer_minutes = ?, version = version + 1, updated_at = ?
         WHERE user_id = ?
        """;
    private static final String INSERT_WEEKLY = """
        INSERT INTO availability_weekly (user_id, day, from_minute, to_minute)
        SELECT ?, d, f, t FROM unnest(CAST(? AS integer[]), CAST(? AS integer[]), CAST(? AS integer[])) AS x(d, f, t)
        """;
    private static final String INSERT_AWAY = """
        INSERT INTO availability_exceptions (id, user_id, during, reason)
        SELECT i, ?, tstzrange(f, t, '[)'), r
          FROM unnest(CAST(? AS uuid[]), CAST(? AS text[])::timestamptz[], CAST(? AS text[])::timestamptz[],
                      CAST(? AS text[])) AS x(i, f, t, r)
        """;
    private final Jdbc jdbc;

    AvailabilityStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** What is stored for the user, or the defaults; the user must exist. */
    AvailabilityResponse read(UUID userId) {
        List<Object> byId = List.of(userId);
        List<WeeklyHours> weekly = jdbc.query("read weekly hours", WEEKLY, byId, rows -> {
            List<WeeklyHours> found = new ArrayList<>();
            while (rows.next()) {
                found.add(new WeeklyHours(DayOfWeek.of(rows.getInt(1)).name(),
                        AvailabilityRules.time(rows.getInt(2)), AvailabilityRules.time(rows.getInt(3))));
            }
            return found;
        });
        List<AvailabilityResponse.Away> away = jdbc.query("read times away", AWAY, byId, rows -> {
            List<AvailabilityResponse.Away> found = new ArrayList<>();
            while (rows.next()) {
                found.add(new AvailabilityResponse.Away(rows.getObject(1, OffsetDateTime.class).toInstant(),
                        rows.getObject(2, OffsetDateTime.class).toInstant(), rows.getString(3)));
            }
            return found;
        });
        return jdbc.query("read availability settings", SETTINGS, byId, rows -> {
            rows.next();
            return new AvailabilityResponse(userId, rows.getString(1), weekly.isEmpty(), weekly, away,
                    (Integer) rows.getObject(2), (Integer) rows.getObject(3), rows.getInt(4), rows.getLong(5));
        });
    }

    /** Makes sure the person has a row, locks it until the transaction ends, and answers its version. */
    long lock(UUID userId, Instant now) {
        return jdbc.query("lock the availability", LOCK, List.of(userId, utc(now)), rows -> {
            rows.next();
            return rows.getLong(1);
        });
    }

    /**
     * Replaces the settings, weekly hours and times away of a locked row, in five statements whatever their number.
     * Overlapping weekly hours that got past the rules are refused by PostgreSQL's exclusion constraint: a 409.
     */
    void replace(UUID userId, @Nullable String zone, SaveAvailabilityRequest request, Instant now) {
        jdbc.update("save the availability", SETTLE, Arrays.asList(zone, request.dailyLimit(),
                request.bufferMinutes() == null ? 0 : request.bufferMinutes(), utc(now), userId));
        jdbc.update("clear weekly hours", "DELETE FROM availability_weekly WHERE user_id = ?", List.of(userId));
        jdbc.update("clear times away", "DELETE FROM availability_exceptions WHERE user_id = ?", List.of(userId));
        List<WeeklyHours> weekly = request.weekly();
        try {
            jdbc.update("save weekly hours", INSERT_WEEKLY, List.of(userId,
                    weekly.stream().map(h -> AvailabilityRules.isoDay(h.day())).toArray(Integer[]::new),
                    weekly.stream().map(h -> AvailabilityRules.minutes(h.from())).toArray(Integer[]::new),
                    weekly.stream().map(h -> AvailabilityRules.minutes(h.to())).toArray(Integer[]::new)));
        } catch (DataAccessException e) {
            throw overlapOr(e);
        }
        List<TimeAway> away = request.exceptions();
        jdbc.update("save times away", INSERT_AWAY, List.of(userId,
                away.stream().map(a -> UUID.randomUUID()).toArray(UUID[]::new),
                away.stream().map(a -> a.from().toInstant().toString()).toArray(String[]::new),
                away.stream().map(a -> a.to().toInstant().toString()).toArray(String[]::new),
                away.stream().map(TimeAway::reason).toArray(String[]::new)));
    }

    private static RuntimeException overlapOr(DataAccessException e) {
        if (e.getCause() instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
            return new ConflictException("availability-overlap", "Two ranges of weekly hours on one day overlap. "
                    + "Ranges may touch (12:00-13:00 and 13:00-17:00) but not overlap.");
        }
        return e;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
