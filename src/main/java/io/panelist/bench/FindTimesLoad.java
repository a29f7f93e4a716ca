package io.panelist.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Find-times under load on the generated data set: each of {@code users} recruiters in a loop asks
 * {@code POST /api/v1/applications/{id}/find-times} for a panel of two over the next 14 days, for a random application
 * and stage of its plan. The generated data records no qualifications, so a third of the interviewers are first made
 * QUALIFIED in every topic (otherwise no panel could cover a stage and every answer would be empty). Sent from Java,
 * since it posts a body; answered as one line in the benchmark's output.
 */
final class FindTimesLoad {
    private static final String QUALIFY = """
        INSERT INTO interviewer_qualifications (user_id, topic_id, level, updated_at)
        SELECT u.id, t.id, 'QUALIFIED', now() FROM users u CROSS JOIN topics t
         WHERE 'INTERVIEWER' = ANY (u.roles) AND abs(hashtext(u.id::text)) % 3 = 0
        ON CONFLICT DO NOTHING
        """;
    private static final String TARGETS = """
        SELECT a.id, s.id FROM applications a JOIN plan_stages s ON s.plan_id = a.plan_id
         WHERE a.status = 'ACTIVE' ORDER BY md5(a.id::text || s.id::text) LIMIT 2000
        """;

    private FindTimesLoad() {
    }

    /** Runs the load for {@code seconds} and answers its line: throughput, latencies, errors. */
    static String run(DatasetGenerator.Connector database, String baseUrl, int users, int seconds) {
        List<String[]> targets = prepare(database);
        String token = LoadInputs.login(baseUrl, "recruiter@example.com");
        Instant from = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        String window = "\"from\":\"" + from + "\",\"to\":\"" + from.plus(Duration.ofDays(14)) + "\",\"panelSize\":2";
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
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
        return line(users, seconds, latencies, errors.get());
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
            sql.executeUpdate(QUALIFY);
            List<String[]> targets = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery(TARGETS)) {
                while (rows.next()) {
                    targets.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
            if (targets.isEmpty()) {
                throw new IllegalStateException("no active application to find times for: is the database seeded?");
            }
            return targets;
        } catch (SQLException e) {
            throw new IllegalStateException("could not prepare find-times: " + e.getMessage(), e);
        }
    }

    private static String line(int users, int seconds, List<Long> nanos, long errors) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "%-15s %2d users %8.0f req/s  p50 %s  p95 %s  p99 %s  errors %d",
                "find-times", users, sorted.size() / (double) seconds, ms(sorted, 50), ms(sorted, 95),
                ms(sorted, 99), errors);
    }

    private static String ms(List<Long> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return "-";
        }
        long value = sorted.get(Math.min(sorted.size() - 1, sorted.size() * percentile / 100));
        return String.format(Locale.ROOT, "%.1f ms", value / 1e6);
    }
}
