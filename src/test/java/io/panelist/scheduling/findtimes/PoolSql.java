package io.panelist.scheduling.findtimes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** SQL that fills the database with a large pool and its bookings, for the speed test. */
final class PoolSql {
    private PoolSql() {
    }

    /** More interviewers, signing in like Ana, in UTC, Berlin and New York by turns. */
    static String people(int count) {
        return """
            INSERT INTO users (id, email, display_name, password_hash, roles, time_zone, created_at, updated_at)
            SELECT gen_random_uuid(), 'pool-' || g || '@example.com', 'Pool ' || g,
                   (SELECT password_hash FROM users WHERE email = 'ana@example.com'), ARRAY['INTERVIEWER'],
                   (ARRAY['UTC', 'Europe/Berlin', 'America/New_York'])[1 + g %% 3], now(), now()
              FROM generate_series(1, %d) g
            """.formatted(count);
    }

    /** Buffers and daily limits for half, weekly hours (Monday to Friday 07:00-19:00) for a third, 20 qualified. */
    static String availability(UUID topic) {
        return """
            WITH pool AS (SELECT id, row_number() OVER (ORDER BY email) AS n FROM users
                           WHERE roles && ARRAY['INTERVIEWER', 'HIRING_MANAGER'])
            , settings AS (INSERT INTO interviewer_availability (user_id, daily_limit, buffer_minutes, updated_at)
                           SELECT id, 3, 10, now() FROM pool WHERE n %% 2 = 0 OR n %% 3 = 0 RETURNING user_id)
            , hours AS (INSERT INTO availability_weekly (user_id, day, from_minute, to_minute)
                        SELECT id, d, 420, 1140 FROM pool, generate_series(1, 5) d WHERE n %% 3 = 0
                        RETURNING user_id)
            INSERT INTO interviewer_qualifications (user_id, topic_id, level, updated_at)
            SELECT id, '%s', CASE WHEN n %% 3 = 1 THEN 'QUALIFIED' ELSE 'TRAINEE' END, now() FROM pool
             WHERE n %% 3 <> 0
             ORDER BY n LIMIT 30
            """.formatted(topic);
    }

    /**
     * 600 one-hour interviews over 14 days: the i-th on day i %% 14 at 08:00 + (i / 14) %% 8 hours UTC, held by the
     * (i %% 60)-th person of the pool for the (i / 112)-th application, so no one is ever in two at once. Two
     * statements: the panel's trigger reads the interview, which a statement does not see while it writes it.
     */
    static List<String> interviews(List<UUID> applications, UUID stage, Instant from) {
        String ids = applications.stream().map(id -> "'" + id + "'::uuid").collect(Collectors.joining(", "));
        return List.of("""
            INSERT INTO interviews (id, application_id, candidate_id, plan_id, stage_id, starts_at, ends_at, time_zone,
                                    location, status, created_at, updated_at)
            SELECT gen_random_uuid(), a.id, a.candidate_id, a.plan_id, '%s', p.starts_at,
                   p.starts_at + INTERVAL '1 hour', 'UTC', 'pool-' || p.i, 'SCHEDULED', now(), now()
              FROM (SELECT g AS i, TIMESTAMPTZ '%s' + (g %% 14) * INTERVAL '1 day' + INTERVAL '8 hours'
                               + ((g / 14) %% 8) * INTERVAL '1 hour' AS starts_at
                      FROM generate_series(0, 599) g) p
              JOIN (SELECT id, candidate_id, plan_id, row_number() OVER (ORDER BY id) - 1 AS n
                      FROM applications WHERE id = ANY(ARRAY[%s])) a ON a.n = p.i / 112
            """.formatted(stage, from, ids), """
            WITH pool AS (SELECT id, row_number() OVER (ORDER BY email) - 1 AS n FROM users
                           WHERE roles && ARRAY['INTERVIEWER', 'HIRING_MANAGER'] AND active)
            INSERT INTO interview_panelists (interview_id, user_id, during, live)
            SELECT i.id, pool.id, 'empty', false
              FROM interviews i JOIN pool ON pool.n = substr(i.location, 6)::int % 60
             WHERE i.location LIKE 'pool-%'
            """);
    }
}
