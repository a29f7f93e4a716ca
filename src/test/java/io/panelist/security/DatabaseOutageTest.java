package io.panelist.security;

import io.micronaut.runtime.server.EmbeddedServer;
import io.panelist.scheduling.SchedulingFixtures;
import io.panelist.scheduling.SchedulingFixtures.Opening;
import io.panelist.scheduling.SchedulingFixtures.Team;
import io.panelist.support.Answer;
import io.panelist.support.Api;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestDatabase;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.panelist.scheduling.SchedulingFixtures.booking;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * While PostgreSQL is unreachable the API says so (503, problem+json, nothing internal) and {@code /health} is DOWN;
 * when it is back, the same process works again. A write cut off mid-way leaves all of itself or nothing: a scorecard
 * with every topic score of its version and that version's audit event, an interview with its whole panel, a
 * decision with its application's new status.
 */
class DatabaseOutageTest extends IntegrationTest {
    static final Pattern HOST_AND_PORT = Pattern.compile("//([^/:?]+):(\\d+)/");
    static final Instant DAY = Instant.parse("2030-06-03T08:00:00Z");
    static final int SCORECARDS = 3;
    static final int APPLICATIONS = 40;
    @Inject
    SchedulingFixtures fixtures;
    TcpProxy proxy;
    EmbeddedServer proxied;
    Api b;
    Team team;
    Opening opening;
    String recruiter;

    @BeforeAll
    void startAnInstanceBehindTheProxy() {
        String url = TestDatabase.properties().get("datasources.default.url");
        Matcher target = HOST_AND_PORT.matcher(url);
        assertThat(target.find()).as(url).isTrue();
        proxy = new TcpProxy(target.group(1), Integer.parseInt(target.group(2)));
        proxied = OtherInstance.start(Map.of(
                "datasources.default.url", target.replaceFirst("//127.0.0.1:" + proxy.port() + "/"),
                "datasources.default.connection-timeout", 1000,
                "datasources.default.validation-timeout", 500,
                "datasources.default.maximum-pool-size", 6,
                "flyway.datasources.default.enabled", false));
    }

    @AfterAll
    void stopIt() {
        OtherInstance.stop(proxied);
        proxy.close();
    }

    @BeforeEach
    void aHiringTeam() {
        proxy.heal();
        b = new Api(proxied.getURI());
        team = fixtures.team();
        opening = fixtures.openingWithPublishedPlan(team.admin(), team.manager(), "Backend Engineer");
        recruiter = api.login(SchedulingFixtures.RECRUITER, TestUsers.PASSWORD);
    }

    @AfterEach
    void letTheDatabaseBack() {
        proxy.heal();
    }

    @Test
    void withoutItsDatabaseTheApiAnswers503AndHealthIsDownThenRecoversWithoutARestart() throws Exception {
        assertThat(b.get("/api/v1/candidates", recruiter).status()).isEqualTo(200);
        assertThat(b.get("/health", null).status()).isEqualTo(200);

        proxy.cut();

        assertUnavailable(b.get("/api/v1/candidates", recruiter));
        assertUnavailable(b.get("/api/v1/positions/" + opening.positionId(), recruiter));
        assertUnavailable(b.post("/api/v1/candidates", recruiter, Map.of("name", "Dora Down",
                "email", "dora@example.org")));
        assertUnavailable(b.loginAnswer(SchedulingFixtures.ANA, TestUsers.PASSWORD));
        Answer health = b.get("/health", null);
        assertThat(health.status()).as(health.toString()).isNotEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("DOWN");
        assertThat(health.text()).doesNotContain("Exception", "java.", "org.postgresql");
        assertThat(api.get("/health", null).status()).as("the other instance is fine").isEqualTo(200);

        proxy.heal();

        Answer healthy = healthOnceThePoolReconnects();
        assertThat(healthy.status()).as(healthy.toString()).isEqualTo(200);
        assertThat(healthy.json().get("status").asText()).isEqualTo("UP");
        Answer created = b.post("/api/v1/candidates", recruiter, Map.of("name", "Dora Back",
                "email", "dora@example.org"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(b.loginAnswer(SchedulingFixtures.ANA, TestUsers.PASSWORD).status()).isEqualTo(200);
        assertThat(count("SELECT count(*) FROM candidates WHERE name = 'Dora Down'")).isZero();
        assertThat(count("SELECT count(*) FROM candidates WHERE name = 'Dora Back'")).isEqualTo(1);
    }

    @Test
    void writesCutOffMidWayLeaveAllOfThemselvesOrNothing() throws Exception {
        String ana = api.login(SchedulingFixtures.ANA, TestUsers.PASSWORD);
        String manager = api.login(SchedulingFixtures.MANAGER, TestUsers.PASSWORD);
        UUID carl = fixtures.interviewer("carl@example.com");
        List<UUID> scorecardInterviews = new ArrayList<>();
        for (int i = 0; i < SCORECARDS; i++) {
            UUID application = fixtures.applicant(team.admin(), opening, "Scored " + (char) ('A' + i));
            scorecardInterviews.add(fixtures.interview(team.admin(), application, opening.screenStageId(),
                    DAY.plus(Duration.ofDays(i)), Duration.ofHours(1), team.ana()));
        }
        List<UUID> toBook = applicants("Booked");
        List<UUID> toDecide = applicants("Decided");
        String topicKey = b.get("/api/v1/interviews/" + scorecardInterviews.get(0) + "/scorecard", ana).json()
                .get("topics").get(0).get("topicKey").asText();

        Writer scoring = new Writer("scorecard saves", n -> {
            String path = "/api/v1/interviews/" + scorecardInterviews.get(n % SCORECARDS) + "/scorecard";
            Answer read = b.get(path, ana);
            if (read.status() != 200) {
                return read;
            }
            return b.call("PUT", path).token(ana).header("If-Match", read.header("ETag"))
                    .json(draft(topicKey, "save " + n + " ")).send();
        });
        Writer booking = new Writer("bookings", n -> {
            Instant start = DAY.plus(Duration.ofDays(10)).plus(Duration.ofHours(2L * n));
            return b.post("/api/v1/interviews", recruiter, booking(toBook.get(n), opening.technicalStageId(), start,
                    start.plus(Duration.ofHours(1)), team.ben(), carl));
        });
        Writer deciding = new Writer("decisions", n -> b.post("/api/v1/applications/" + toDecide.get(n)
                + "/decision", manager, Map.of("outcome", "NO_HIRE", "rationale", "Decision " + n + " in the outage test.")));
        List<Writer> writers = List.of(scoring, booking, deciding);
        ExecutorService pool = Executors.newFixedThreadPool(writers.size());
        try {
            List<Future<?>> running = writers.stream().map(w -> pool.submit(w::run)).collect(
                    ArrayList<Future<?>>::new, List::add, List::addAll);
            awaitEach(writers, w -> w.successes() >= 2, "each writer got through before the cut");
            proxy.cut();
            writers.forEach(Writer::markCut);
            awaitEach(writers, w -> w.failuresAfterCut() >= 1, "each writer was refused during the cut");
            proxy.heal();
            writers.forEach(Writer::markHealed);
            awaitEach(writers, w -> w.successesAfterHeal() >= 1, "each writer got through after the cut");
            writers.forEach(Writer::stop);
            for (Future<?> future : running) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            writers.forEach(Writer::stop);
            pool.shutdownNow();
        }

        for (Writer writer : writers) {
            assertThat(writer.answers).as(writer.name).allSatisfy(answer -> {
                assertThat(answer.status()).as(answer.toString()).isIn(200, 201, 503);
                if (answer.status() == 503) {
                    assertProblemWithoutInternals(answer);
                }
            });
        }
        assertThat(count("""
                SELECT count(*) FROM interviews i
                 WHERE (SELECT count(*) FROM interview_panelists p WHERE p.interview_id = i.id)
                       <> CASE WHEN i.stage_id = '%s' THEN 1 ELSE 2 END
                    OR (SELECT count(*) FROM audit_events e WHERE e.entity_id = i.id
                         AND e.action = 'interview.scheduled') <> 1
                """.formatted(opening.screenStageId()))).as("interviews without their whole panel or audit event")
                .isZero();
        assertThat(count("SELECT count(*) FROM interviews")).as("interviews with their audit event").isEqualTo(
                count("SELECT count(*) FROM audit_events WHERE action = 'interview.scheduled'"));
        assertThat(count("SELECT count(*) FROM interviews")).as("bookings that landed")
                .isGreaterThanOrEqualTo(SCORECARDS + booking.successes());
        assertThat(count("""
                SELECT count(*) FROM scorecards s
                 WHERE s.version <> (SELECT count(*) FROM audit_events e WHERE e.entity_id = s.id
                                       AND e.action = 'scorecard.saved')
                    OR (s.version > 0 AND (s.summary IS NULL OR s.vote IS NULL
                        OR (SELECT count(*) FROM topic_scores t WHERE t.scorecard_id = s.id) <> 1
                        OR EXISTS (SELECT 1 FROM topic_scores t WHERE t.scorecard_id = s.id
                                    AND (t.notes <> s.summary OR t.score IS NULL))))
                """)).as("scorecards whose parts or audit trail are not of one version").isZero();
        assertThat(count("SELECT coalesce(sum(version), 0) FROM scorecards")).as("saves that landed")
                .isGreaterThanOrEqualTo(scoring.successes());
        assertThat(count("""
                SELECT count(*) FROM applications a
                 WHERE (EXISTS (SELECT 1 FROM decisions d WHERE d.application_id = a.id))
                    <> (a.status = 'REJECTED')
                    OR (SELECT count(*) FROM decisions d WHERE d.application_id = a.id)
                    <> (SELECT count(*) FROM audit_events e WHERE e.entity_id = a.id AND e.action = 'decision.recorded')
                """)).as("decisions without their application's status or audit event").isZero();
        assertThat(count("SELECT count(*) FROM decisions")).isGreaterThanOrEqualTo(deciding.successes());
    }

    /**
     * The pool retries its connections with a back-off of up to a few seconds, so the first checks after the database
     * returns may still be DOWN; it must come back by itself, in the same process.
     */
    private Answer healthOnceThePoolReconnects() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Answer health = b.get("/health", null);
        while (health.status() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            health = b.get("/health", null);
        }
        return health;
    }

    private List<UUID> applicants(String prefix) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < APPLICATIONS; i++) {
            ids.add(fixtures.applicant(team.admin(), opening, prefix + " " + (char) ('A' + i % 26) + (i / 26)));
        }
        return ids;
    }

    private static Map<String, Object> draft(String topicKey, String text) {
        String long_ = text.repeat(400);
        Map<String, Object> topic = new LinkedHashMap<>();
        topic.put("topicKey", topicKey);
        topic.put("score", 3);
        topic.put("notes", long_);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("topicScores", List.of(topic));
        body.put("questionNotes", List.of());
        body.put("vote", "YES");
        body.put("summary", long_);
        return body;
    }

    private static void assertUnavailable(Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
        assertProblemWithoutInternals(answer);
    }

    private static void assertProblemWithoutInternals(Answer answer) {
        assertThat(answer.isProblem()).as(answer.toString()).isTrue();
        assertThat(answer.problemType()).isEqualTo("service-unavailable");
        assertThat(answer.text()).doesNotContain("Exception", "java.", "org.", "io.micronaut", "com.zaxxer",
                "\tat ", "SQL", "Hikari");
    }

    /** Waits (without a clock in the assertion) until every writer meets the condition or one has run out of work. */
    private static void awaitEach(List<Writer> writers, Predicate<Writer> condition, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!writers.stream().allMatch(condition)) {
            if (System.nanoTime() > deadline || writers.stream().anyMatch(Writer::exhausted)) {
                throw new AssertionError("not reached: " + what + "; " + writers);
            }
            Thread.sleep(20);
        }
    }

    /** One kind of write, sent over and over through the proxied instance; every answer kept. */
    private static final class Writer {
        final String name;
        final IntFunction<Answer> write;
        final List<Answer> answers = new CopyOnWriteArrayList<>();
        final AtomicBoolean stopped = new AtomicBoolean();
        volatile int cutAt = Integer.MAX_VALUE;
        volatile int healedAt = Integer.MAX_VALUE;
        volatile boolean exhausted;

        Writer(String name, IntFunction<Answer> write) {
            this.name = name;
            this.write = write;
        }

        void run() {
            for (int n = 0; !stopped.get(); n++) {
                if (n >= APPLICATIONS) {
                    exhausted = true;
                    return;
                }
                answers.add(write.apply(n));
            }
        }

        void markCut() {
            cutAt = answers.size();
        }

        void markHealed() {
            healedAt = answers.size();
        }

        void stop() {
            stopped.set(true);
        }

        boolean exhausted() {
            return exhausted;
        }

        int successes() {
            return (int) answers.stream().filter(a -> a.status() < 300).count();
        }

        long failuresAfterCut() {
            return answers.stream().skip(cutAt).filter(a -> a.status() >= 300).count();
        }

        long successesAfterHeal() {
            return answers.stream().skip(healedAt + 1L).filter(a -> a.status() < 300).count();
        }

        @Override
        public String toString() {
            return name + " " + answers.stream().map(Answer::status).toList();
        }
    }
}
