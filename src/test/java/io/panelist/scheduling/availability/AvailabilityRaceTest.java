package io.panelist.scheduling.availability;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.transaction.TransactionOperations;
import io.panelist.identity.Role;
import io.panelist.shared.problem.ConflictException;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.panelist.scheduling.availability.AvailabilityBodies.range;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Saves at the same moment: each replaces the whole availability, limit included; none is a 500. */
class AvailabilityRaceTest extends IntegrationTest {
    static final int RACERS = 8;
    @Inject
    TestUsers users;
    @Inject
    AvailabilityStore store;
    @Inject
    TransactionOperations<Object> transactions;
    UUID anaId;
    String ana;

    @BeforeEach
    void ana() {
        anaId = users.create("ana@example.com", Role.INTERVIEWER);
        ana = api.login("ana@example.com", TestUsers.PASSWORD);
    }

    @Test
    void parallelSavesLeaveOneOfThemWholeNeverAMixture() throws Exception {
        String[] days = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"};
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            // racer i: half an hour from (8 + i):00 on the first i + 1 days (at most all seven), limit i + 1, buffer i
            List<Map<String, Object>> weekly = new ArrayList<>();
            for (int day = 0; day < Math.min(i + 1, days.length); day++) {
                weekly.add(range(days[day], String.format("%02d:00", 8 + i), String.format("%02d:30", 8 + i)));
            }
            bodies.add(Map.of("weekly", weekly, "exceptions", List.of(), "weeklyLimit", i + 1, "bufferMinutes", i));
        }

        // every save names the version it read (If-Match is required): one wins, the others are refused whole
        List<Answer> answers = race(bodies, "\"0\"");

        assertThat(answers.stream().filter(a -> a.status() == 200)).as(answers.toString()).hasSize(1);
        JsonNode stored = api.get(AvailabilityApiTest.MINE, ana).json();
        int winner = stored.get("bufferMinutes").asInt();
        assertThat(stored.get("weeklyLimit").asInt()).as("the limit of the same save").isEqualTo(winner + 1);
        assertThat(stored.get("weekly")).as("the hours of the same save").hasSize(Math.min(winner + 1, 7))
                .allSatisfy(r -> assertThat(r.get("from").asText()).isEqualTo(String.format("%02d:00", 8 + winner)));
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'availability.changed'")).isEqualTo(1);
    }

    @Test
    void parallelSavesOfOneVersionLetExactlyOneWin() throws Exception {
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            bodies.add(Map.of("weekly", List.of(range("MONDAY", "09:00", "10:00")), "exceptions", List.of(),
                    "weeklyLimit", i + 1));
        }

        List<Answer> answers = race(bodies, "\"0\"");

        assertThat(answers.stream().filter(a -> a.status() == 200)).as(answers.toString()).hasSize(1);
        assertThat(answers.stream().filter(a -> a.status() != 200)).hasSize(RACERS - 1)
                .allSatisfy(loser -> assertThat(loser.problemType()).isEqualTo("stale-version"));
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'availability.changed'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'user.weekly-limit-changed'"))
                .as("the losers' limits rolled back with them").isEqualTo(1);
    }

    @Test
    void overlapsThatGetPastTheRulesAreRefusedByTheDatabaseAsAConflict() {
        SaveAvailabilityRequest overlapping = new SaveAvailabilityRequest(null, List.of(
                new WeeklyHours("MONDAY", "09:00", "12:00"), new WeeklyHours("MONDAY", "11:00", "13:00")),
                List.of(), null, null, null);

        assertThatThrownBy(() -> transactions.executeWrite(status -> {
            store.lock(anaId, Instant.now());
            store.replace(anaId, null, overlapping, Instant.now());
            return null;
        })).isInstanceOf(ConflictException.class).hasMessageContaining("overlap");
        assertThat(count("SELECT count(*) FROM availability_weekly")).isZero();
    }

    private List<Answer> race(List<Map<String, Object>> bodies, String ifMatch) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(bodies.size());
        try {
            CountDownLatch ready = new CountDownLatch(bodies.size());
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<Answer>> futures = new ArrayList<>();
            for (Map<String, Object> body : bodies) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    gate.await();
                    var call = api.call("PUT", AvailabilityApiTest.MINE).token(ana).json(body);
                    return ifMatch == null ? call.send() : call.header("If-Match", ifMatch).send();
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
