package io.panelist.recruiting.retention;

import io.micronaut.context.ApplicationContext;
import io.panelist.scheduling.SchedulingFixtures;
import io.panelist.scheduling.SchedulingFixtures.Opening;
import io.panelist.scheduling.SchedulingFixtures.Team;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Retention with a short setting (30 days, checked every second) on two instances of one database: candidates whose
 * every application closed more than 30 days ago are erased by the schedule, each once, with an audit event that says
 * why; the rest stay. An instance killed mid-erasure leaves the candidate whole for the next round.
 */
class RetentionTest extends IntegrationTest {
    private static final String CLOSED_LONG_AGO = "now() - interval '40 days'";
    @Inject
    SchedulingFixtures fixtures;
    @Inject
    CandidateRetention retention;
    ApplicationContext other;
    Team team;
    Opening backend;
    Opening data;
    String recruiter;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("panelist.retention.after-close", "P30D");
        properties.put("panelist.retention.check-every", "PT1S");
        return properties;
    }

    @BeforeAll
    void startTheSecondInstance() {
        other = startSecondInstance();
    }

    @AfterAll
    void stopIt() {
        other.close();
    }

    @BeforeEach
    void openTwoPositions() {
        team = fixtures.team();
        backend = fixtures.openingWithPublishedPlan(team.admin(), team.manager(), "Backend Engineer");
        data = fixtures.openingWithPublishedPlan(team.admin(), team.manager(), "Data Engineer");
        recruiter = api.login(SchedulingFixtures.RECRUITER, TestUsers.PASSWORD);
    }

    @Test
    void theScheduleErasesCandidatesWhoseEveryApplicationClosedLongAgoAndNoOneElse() throws Exception {
        UUID rejectedLongAgo = candidate("Ada Long-Ago");
        UUID rejected = close(apply(rejectedLongAgo, backend), "REJECTED", "Ada Long-Ago chose another offer");
        UUID twiceClosed = candidate("Bo Twice");
        UUID hired = hire(apply(twiceClosed, backend));
        UUID withdrawn = close(apply(twiceClosed, data), "WITHDRAWN", "Moved away");
        UUID recentlyRejected = candidate("Cy Recent");
        UUID recent = close(apply(recentlyRejected, backend), "REJECTED", "Not now");
        UUID stillApplying = candidate("Di Still-Applying");
        UUID oldOne = close(apply(stillApplying, backend), "REJECTED", "Not yet");
        apply(stillApplying, data);
        UUID partlyRecent = candidate("Ed Partly");
        UUID oldClosed = close(apply(partlyRecent, backend), "REJECTED", "Not yet");
        UUID newClosed = close(apply(partlyRecent, data), "WITHDRAWN", "Changed their mind");
        UUID neverApplied = candidate("Fay Never-Applied");
        backdate(Map.of(rejected, CLOSED_LONG_AGO, hired, CLOSED_LONG_AGO, withdrawn, "now() - interval '31 days'",
                recent, "now() - interval '10 days'", oldOne, CLOSED_LONG_AGO, oldClosed, CLOSED_LONG_AGO,
                newClosed, "now() - interval '20 days'"));

        awaitErased(rejectedLongAgo, twiceClosed);

        assertThat(erased(recentlyRejected, stillApplying, partlyRecent, neverApplied)).as("kept").isEmpty();
        assertThat(names()).contains("Cy Recent", "Di Still-Applying", "Ed Partly", "Fay Never-Applied")
                .doesNotContain("Ada Long-Ago", "Bo Twice");
        assertThat(count("SELECT count(*) FROM applications WHERE closed_reason LIKE '%Ada Long-Ago%'"))
                .as("the erasure reached the texts").isZero();
        assertThat(retentionEvents(rejectedLongAgo)).isEqualTo(1);
        assertThat(retentionEvents(twiceClosed)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'candidate.erased' AND actor_id IS NULL"
                + " AND details ->> 'retention' = 'P30D'")).isEqualTo(2);
    }

    @Test
    void twoInstancesRacingEraseEachDueCandidateOnce() throws Exception {
        List<UUID> due = new ArrayList<>();
        Map<UUID, String> closedAt = new HashMap<>();
        for (int i = 0; i < 12; i++) {
            UUID candidate = candidate("Racer Number" + i);
            due.add(candidate);
            closedAt.put(close(apply(candidate, backend), "REJECTED", "Racer Number" + i + " declined"),
                    CLOSED_LONG_AGO);
        }
        CandidateRetention theOther = other.getBean(CandidateRetention.class);
        CountDownLatch gate = new CountDownLatch(1);
        CompletableFuture<Integer> viaA = CompletableFuture.supplyAsync(() -> await(gate, retention));
        CompletableFuture<Integer> viaB = CompletableFuture.supplyAsync(() -> await(gate, theOther));
        backdate(closedAt);
        gate.countDown();
        viaA.get();
        viaB.get();

        awaitErased(due.toArray(UUID[]::new));
        for (UUID candidate : due) {
            assertThat(retentionEvents(candidate)).as("audit events of " + candidate).isEqualTo(1);
        }
    }

    @Test
    void anInstanceKilledMidErasureLeavesTheCandidateWholeAndALaterRoundErasesThem() throws Exception {
        UUID gus = candidate("Gus Interrupted");
        UUID application = close(apply(gus, backend), "REJECTED", "Gus Interrupted took another job");

        try (Connection blocker = connect(); Statement hold = blocker.createStatement()) {
            // the erasure scrubs the scorecards and reasons first, then waits here to scrub the audit log: killed there
            blocker.setAutoCommit(false);
            hold.execute("LOCK TABLE audit_events IN SHARE ROW EXCLUSIVE MODE");
            backdate(Map.of(application, CLOSED_LONG_AGO));
            CandidateRetention theOther = other.getBean(CandidateRetention.class);
            CompletableFuture<Integer> dying = CompletableFuture.supplyAsync(theOther::eraseDue);
            assertThat(killErasuresWaitingUntil(dying)).isPositive();
            assertThat(catchThrowable(dying::join)).as("the killed round failed").isNotNull();

            assertThat(erased(gus)).as("not erased").isEmpty();
            assertThat(names()).contains("Gus Interrupted");
            assertThat(count("SELECT count(*) FROM applications WHERE closed_reason = 'Gus Interrupted took another job'"))
                    .as("nothing half-done").isEqualTo(1);
            blocker.rollback();
        }

        awaitErased(gus);
        assertThat(retentionEvents(gus)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM applications WHERE closed_reason LIKE '%Gus%'")).isZero();
    }

    private UUID candidate(String name) {
        return fixtures.candidate(team.admin(), name);
    }

    private UUID apply(UUID candidate, Opening opening) {
        return fixtures.application(team.admin(), candidate, opening.positionId());
    }

    private UUID close(UUID application, String status, String reason) {
        var answer = api.call("PATCH", "/api/v1/applications/" + application).ifMatchCurrent().token(recruiter)
                .json(Map.of("status", status, "reason", reason)).send();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return application;
    }

    /** Hiring goes through a decision, whose evidence this test does not need: the state it leaves is set here. */
    private static UUID hire(UUID application) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE applications SET status = 'HIRED', closed_at = now() WHERE id = '"
                    + application + "'");
        }
        return application;
    }

    /** Moves each application's close (and creation) back in time, all in one statement: one snapshot for a round. */
    private static void backdate(Map<UUID, String> closedAtByApplication) throws SQLException {
        StringBuilder cases = new StringBuilder();
        closedAtByApplication.forEach((id, at) -> cases.append(" WHEN '").append(id).append("' THEN ").append(at));
        String at = "CASE id" + cases + " END";
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE applications SET created_at = LEAST(created_at, " + at + "), closed_at = "
                    + at + " WHERE id IN (" + String.join(", ", closedAtByApplication.keySet().stream()
                    .map(id -> "'" + id + "'").toList()) + ")");
        }
    }

    private void awaitErased(UUID... candidates) throws InterruptedException, SQLException {
        for (int tries = 0; tries < 300 && erased(candidates).size() < candidates.length; tries++) {
            Thread.sleep(100);
        }
        assertThat(erased(candidates)).as("erased within 30 s").containsExactlyInAnyOrder(candidates);
    }

    private static List<UUID> erased(UUID... candidates) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(
                "SELECT id FROM candidates WHERE erased_at IS NOT NULL AND id = ANY (?)")) {
            statement.setArray(1, connection.createArrayOf("uuid", candidates));
            List<UUID> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getObject(1, UUID.class));
                }
            }
            return found;
        }
    }

    private static List<String> names() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name FROM candidates")) {
            List<String> names = new ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        }
    }

    private long retentionEvents(UUID candidate) {
        return count("SELECT count(*) FROM audit_events WHERE action = 'candidate.erased' AND entity_id = '"
                + candidate + "' AND actor_id IS NULL AND details ->> 'reason' = 'retention'");
    }

    /** Kills every erasure that waits for the audit log until the round given has ended (the schedule's own too). */
    private static int killErasuresWaitingUntil(CompletableFuture<?> round) throws SQLException, InterruptedException {
        int killed = 0;
        for (int tries = 0; tries < 400 && !round.isDone(); tries++) {
            killed += killSessionsWaitingOn("audit_events");
            Thread.sleep(50);
        }
        return killed;
    }

    private static int await(CountDownLatch gate, CandidateRetention retention) {
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return retention.eraseDue();
    }
}
