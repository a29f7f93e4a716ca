package io.panelist.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Find-times under load on the generated data set: each of {@code users} recruiters in a loop asks
 * {@code POST /api/v1/applications/{id}/find-times} for a panel of two over the next 14 days, for a random application
 * and stage of its plan. The generated interviewers are all QUALIFIED in every topic, with weekly hours; before the
 * load this checks that every stage asked about has its pool of {@link #POOL} such interviewers (fewer would make the
 * problem smaller than the one measured). Sent from Java, since it posts a body.
 */
final class FindTimesLoad {
    static final int USERS = 8;
    static final int POOL = DatasetGenerator.INTERVIEWERS;
    private static final String TARGETS = """
        SELECT a.id, s.id FROM applications a JOIN plan_stages s ON s.plan_id = a.plan_id
         WHERE a.status = 'ACTIVE' ORDER BY md5(a.id::text || s.id::text) LIMIT 2000
        """;
    /** The smallest pool over the stages asked about: active interviewers QUALIFIED in all of a stage's topics. */
    private static final String SMALLEST_POOL = """
        SELECT coalesce(min(pool), 0) FROM (
            SELECT (SELECT count(*) FROM users u
                     WHERE u.active AND 'INTERVIEWER' = ANY (u.roles)
                       AND EXISTS (SELECT 1 FROM availability_weekly w WHERE w.user_id = u.id)
                       AND NOT EXISTS (SELECT 1 FROM stage_topics st WHERE st.stage_id = s.id
                                        AND NOT EXISTS (SELECT 1 FROM interviewer_qualifications q
                                                         WHERE q.user_id = u.id AND q.topic_id = st.topic_id
                                                           AND q.level = 'QUALIFIED'))) AS pool
              FROM plan_stages s WHERE s.id = ANY (?)) pools
        """;

    private FindTimesLoad() {
    }

    /** Runs the load for {@code seconds}: throughput, latencies and errors (any answer but a 200). */
    static LoadResult run(DatasetGenerator.Connector database, String baseUrl, int users, int seconds) {
        List<String[]> targets = prepare(database);
        String token = LoadInputs.login(baseUrl, "recruiter@example.com");
        Instant from = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        String window = "\"from\":\"" + from + "\",\"to\":\"" + from.plus(Duration.ofDays(14)) + "\",\"panelSize\":2";
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(users);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int user = 0; user < users; user++) {
                int first = user;
                running.add(pool.submit(() -> loop(baseUrl, token, window, targets, first, users, end, latencies,
                        errors)));
            }
            for (Future<?> user : running) {
                user.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("find-times load failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        return result(users, (System.nanoTime() - start) / 1e9, latencies, errors.get());
    }

    private static void loop(String baseUrl, String token, String window, List<String[]> targets, int first,
                             int step, long end, List<Long> latencies, AtomicLong errors) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int i = first; System.nanoTime() < end; i += step) {
            String[] target = targets.get(i % targets.size());
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/applications/" + target[0]
                            + "/find-times")).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"stageId\":\"" + target[1] + "\"," + window + "}"))
                    .build();
            long start = System.nanoTime();
            try {
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                latencies.add(System.nanoTime() - start);
                if (status != 200) {
                    errors.incrementAndGet();
                }
            } catch (IOException e) {
                errors.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static List<String[]> prepare(DatasetGenerator.Connector database) {
        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            List<String[]> targets = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery(TARGETS)) {
                while (rows.next()) {
                    targets.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
            if (targets.isEmpty()) {
                throw new IllegalStateException("no active application to find times for: is the database seeded?");
            }
            long smallest = smallestPool(connection, targets);
            if (smallest < POOL) {
                throw new IllegalStateException("a stage asked about has only " + smallest + " qualified interviewers "
                        + "with weekly hours, not " + POOL + ": was the database seeded by this build?");
            }
            return targets;
        } catch (SQLException e) {
            throw new IllegalStateException("could not prepare find-times: " + e.getMessage(), e);
        }
    }

    private static long smallestPool(Connection connection, List<String[]> targets) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SMALLEST_POOL)) {
            statement.setArray(1, connection.createArrayOf("uuid",
                    targets.stream().map(target -> target[1]).distinct().toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** In milliseconds, as wrk's results are read; {@code seconds}: how long the users sent requests. */
    static LoadResult result(int users, double seconds, List<Long> nanos, long errors) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return new LoadResult(LoadScenario.FIND_TIMES, users, sorted.size(), seconds, errors, ms(sorted, 50),
                ms(sorted, 95), ms(sorted, 99), sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1) / 1e6,
                0, 0);
    }

    private static double ms(List<Long> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percentile / 100)) / 1e6;
    }
}
