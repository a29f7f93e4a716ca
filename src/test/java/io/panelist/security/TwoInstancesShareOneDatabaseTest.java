package io.panelist.security;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.panelist.scheduling.SchedulingFixtures;
import io.panelist.scheduling.SchedulingFixtures.Opening;
import io.panelist.scheduling.SchedulingFixtures.Team;
import io.panelist.support.Answer;
import io.panelist.support.Api;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
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
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.panelist.scheduling.SchedulingFixtures.booking;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * DESIGN.md's scale promise: any number of instances share one PostgreSQL and nothing another instance must see is
 * kept in process memory. Two servers on one database (A, the test's own, and B) keep every rule that one keeps:
 * optimistic versions, the double-booking constraint, and signing out.
 */
class TwoInstancesShareOneDatabaseTest extends IntegrationTest {
    static final int ROUNDS = 3;
    static final int RACERS = 6;
    static final Instant TEN = Instant.parse("2030-05-14T10:00:00Z");
    @Inject
    SchedulingFixtures fixtures;
    EmbeddedServer other;
    Api a;
    Api b;
    Team team;
    Opening opening;

    @BeforeAll
    void startTheSecondInstance() {
        other = OtherInstance.start(Map.of());
    }

    @AfterAll
    void stopTheSecondInstance() {
        OtherInstance.stop(other);
    }

    @BeforeEach
    void aHiringTeamWithAnOpening() {
        a = api;
        b = new Api(other.getURI());
        assertThat(other.getPort()).isNotEqualTo(server.getPort());
        team = fixtures.team();
        opening = fixtures.openingWithPublishedPlan(team.admin(), team.manager(), "Backend Engineer");
    }

    @Test
    void ofTwoSavesOfOneScorecardThroughDifferentInstancesWithTheSameVersionExactlyOneWins() throws Exception {
        String ana = a.login(SchedulingFixtures.ANA, TestUsers.PASSWORD);
        UUID application = fixtures.applicant(team.admin(), opening, "Cleo Candidate");
        UUID interview = fixtures.interview(team.admin(), application, opening.screenStageId(), TEN,
                Duration.ofHours(1), team.ana());
        String path = "/api/v1/interviews/" + interview + "/scorecard";
        for (int round = 1; round <= ROUNDS; round++) {
            Answer read = (round % 2 == 0 ? b : a).get(path, ana);
            assertThat(read.status()).as(read.toString()).isEqualTo(200);
            String etag = read.header("ETag");
            long version = read.json().get("version").asLong();
            String topicKey = read.json().get("topics").get(0).get("topicKey").asText();
            Map<String, Object> viaA = draft(topicKey, 3, "saved through A in round " + round);
            Map<String, Object> viaB = draft(topicKey, 2, "saved through B in round " + round);

            List<Answer> answers = race(List.of(
                    () -> a.call("PUT", path).token(ana).header("If-Match", etag).json(viaA).send(),
                    () -> b.call("PUT", path).token(ana).header("If-Match", etag).json(viaB).send()));

            assertThat(answers).as("round " + round + ": " + answers).extracting(Answer::status)
                    .containsExactlyInAnyOrder(200, 412);
            Answer loser = answers.stream().filter(x -> x.status() == 412).findFirst().orElseThrow();
            assertThat(loser.isProblem()).isTrue();
            assertThat(loser.problemType()).isEqualTo("stale-version");
            Answer winner = answers.stream().filter(x -> x.status() == 200).findFirst().orElseThrow();
            JsonNode stored = (round % 2 == 0 ? a : b).get(path, ana).json();
            assertThat(stored.get("version").asLong()).isEqualTo(version + 1);
            assertThat(stored.get("summary").asText()).isEqualTo(winner.json().get("summary").asText());
            assertThat(stored.get("topics").get(0).get("notes").asText())
                    .as("the winner's notes, not a mix").isEqualTo(stored.get("summary").asText());
        }
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'scorecard.saved'")).isEqualTo(ROUNDS);
    }

    @Test
    void overlappingBookingsOfOnePanelistThroughBothInstancesAtOnceLetExactlyOneWin() throws Exception {
        String recruiter = a.login(SchedulingFixtures.RECRUITER, TestUsers.PASSWORD);
        for (int round = 1; round <= ROUNDS; round++) {
            UUID panelist = fixtures.interviewer("racer" + round + "@example.com");
            List<Callable<Answer>> bookings = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                UUID application = fixtures.applicant(team.admin(), opening, "Racer " + round + (char) ('A' + i));
                Instant start = TEN.plus(Duration.ofMinutes(7L * i));
                Map<String, Object> body = booking(application, opening.screenStageId(), start,
                        start.plus(Duration.ofMinutes(60)), panelist);
                Api through = i % 2 == 0 ? a : b;
                bookings.add(() -> through.post("/api/v1/interviews", recruiter, body));
            }

            List<Answer> answers = race(bookings);

            assertThat(answers).as("round " + round + ": " + answers).extracting(Answer::status)
                    .containsOnlyOnce(201).containsOnly(201, 409);
            assertThat(answers).filteredOn(x -> x.status() == 409)
                    .allSatisfy(x -> assertThat(x.problemType()).isEqualTo("interview-conflict"));
            assertThat(count("SELECT count(*) FROM interview_panelists WHERE user_id = '" + panelist + "'"))
                    .isEqualTo(1);
        }
        assertThat(count("SELECT count(*) FROM interviews")).isEqualTo(ROUNDS);
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'interview.scheduled'")).isEqualTo(ROUNDS);
    }

    @Test
    void signingOutOnOneInstanceStopsTheRefreshTokenOnTheOther() {
        JsonNode login = a.loginAnswer(SchedulingFixtures.ANA, TestUsers.PASSWORD).json();
        Answer refreshedOnB = refresh(b, login.get("refresh_token").asText());
        assertThat(refreshedOnB.status()).as("B honours a token A issued: " + refreshedOnB).isEqualTo(200);
        String access = refreshedOnB.json().get("access_token").asText();
        String refreshToken = refreshedOnB.json().get("refresh_token").asText();

        Answer logout = a.call("POST", "/logout").token(access).send();

        assertThat(logout.status()).as(logout.toString()).isEqualTo(204);
        Answer afterLogout = refresh(b, refreshToken);
        assertThat(afterLogout.status()).as(afterLogout.toString()).isEqualTo(401);
        assertThat(afterLogout.isProblem()).isTrue();
        assertThat(refresh(a, refreshToken).status()).isEqualTo(401);
    }

    @Test
    void signingOutEverywhereOnOneInstanceStopsEverySessionOnTheOther() {
        String phone = a.loginAnswer(SchedulingFixtures.ANA, TestUsers.PASSWORD).json().get("refresh_token").asText();
        JsonNode laptop = b.loginAnswer(SchedulingFixtures.ANA, TestUsers.PASSWORD).json();

        Answer logout = b.call("POST", "/logout?everywhere=true").token(laptop.get("access_token").asText()).send();

        assertThat(logout.status()).isEqualTo(204);
        assertThat(refresh(a, phone).status()).isEqualTo(401);
        assertThat(refresh(a, laptop.get("refresh_token").asText()).status()).isEqualTo(401);
    }

    private static Answer refresh(Api through, String refreshToken) {
        return through.call("POST", "/oauth/access_token")
                .json(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken)).send();
    }

    private static Map<String, Object> draft(String topicKey, int score, String text) {
        Map<String, Object> topic = new LinkedHashMap<>();
        topic.put("topicKey", topicKey);
        topic.put("score", score);
        topic.put("notes", text);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("topicScores", List.of(topic));
        body.put("questionNotes", List.of());
        body.put("vote", score >= 3 ? "YES" : "NO");
        body.put("summary", text);
        return body;
    }

    /** Every call starts together behind one gate, one thread each; answers in call order. */
    static List<Answer> race(List<Callable<Answer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch ready = new CountDownLatch(calls.size());
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<Answer>> futures = new ArrayList<>();
            for (Callable<Answer> call : calls) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    gate.await();
                    return call.call();
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).as("the racers lined up").isTrue();
            gate.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
