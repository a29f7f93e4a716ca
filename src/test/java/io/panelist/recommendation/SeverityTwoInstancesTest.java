package io.panelist.recommendation;

import io.micronaut.context.ApplicationContext;
import io.panelist.recommendation.RecommendationFixtures.Card;
import io.panelist.recommendation.RecommendationFixtures.Hiring;
import io.panelist.recommendation.RecommendationFixtures.Opening;
import io.panelist.recommendation.severity.SeverityJob;
import io.panelist.support.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Two instances on one database: one estimate per change whoever runs the job, and an instance that dies mid-estimate
 * leaves the previous estimate whole for the next round to replace.
 */
class SeverityTwoInstancesTest extends IntegrationTest {
    @Inject
    RecommendationFixtures fixtures;
    @Inject
    SeverityJob job;
    ApplicationContext other;
    Hiring hiring;
    UUID technical;

    @BeforeAll
    void startTheSecondInstance() {
        other = startSecondInstance();
    }

    @AfterAll
    void stopIt() {
        other.close();
    }

    @BeforeEach
    void aliceIsScored() {
        hiring = fixtures.hiring(api);
        Opening opening = hiring.opening("Backend Engineer", hiring.manager);
        UUID alice = hiring.applicant(opening, "Alice Archer");
        technical = hiring.interview(alice, opening.technicalStageId(), hiring.ana, hiring.ben);
        hiring.submit(technical, hiring.ana, Card.of("YES", "security", 4, "testing", 3));
        hiring.submit(technical, hiring.ben, Card.of("NO", "security", 1, "testing", 4));
    }

    @Test
    void twoInstancesRacingMakeOneEstimateOfTheChange() throws Exception {
        SeverityJob theOther = other.getBean(SeverityJob.class);
        CountDownLatch gate = new CountDownLatch(1);
        CompletableFuture<Boolean> viaA = CompletableFuture.supplyAsync(() -> await(gate, job));
        CompletableFuture<Boolean> viaB = CompletableFuture.supplyAsync(() -> await(gate, theOther));
        gate.countDown();

        assertThat(viaA.get() ^ viaB.get()).as("exactly one of them estimated").isTrue();
        assertThat(job.reestimate()).isFalse();
        assertThat(theOther.reestimate()).isFalse();
        assertThat(count("SELECT count(*) FROM interviewer_severities")).isEqualTo(2);
    }

    @Test
    void anInstanceKilledMidEstimateLeavesTheOldEstimateAndTheNextRoundCompletes() throws Exception {
        job.reestimate();
        String before = estimate();
        hiring.amend(technical, hiring.ben, Card.of("NO", "security", 3, "testing", 4));

        CompletableFuture<Boolean> dying;
        try (Connection blocker = connect(); Statement hold = blocker.createStatement()) {
            // the other instance reads the scores and solves, then waits here to write: it is killed while it waits
            blocker.setAutoCommit(false);
            hold.execute("LOCK TABLE interviewer_severities IN ACCESS EXCLUSIVE MODE");
            SeverityJob theOther = other.getBean(SeverityJob.class);
            dying = CompletableFuture.supplyAsync(theOther::reestimate);
            int killed = killTheWriterOnceItWaits();
            assertThat(killed).isEqualTo(1);
            blocker.rollback();
        }
        assertThat(catchThrowable(dying::join)).isNotNull();
        assertThat(estimate()).as("the old estimate, whole").isEqualTo(before);

        assertThat(job.reestimate()).isTrue();
        assertThat(estimate()).isNotEqualTo(before);
        assertThat(count("SELECT includes_changes FROM severity_estimate"))
                .isEqualTo(count("SELECT changes FROM calibration_stamp"));
    }

    private static int killTheWriterOnceItWaits() throws SQLException, InterruptedException {
        for (int tries = 0; tries < 200; tries++) {
            int killed = killSessionsWaitingOn("interviewer_severities");
            if (killed > 0) {
                return killed;
            }
            Thread.sleep(50);
        }
        return 0;
    }

    /** The stored estimate as text: its id, what it includes, and every severity. */
    private static String estimate() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT se.estimate_id || ' ' || se.includes_changes || ' '
                            || (SELECT string_agg(s.interviewer_id || '=' || s.severity, ',' ORDER BY s.interviewer_id)
                                  FROM interviewer_severities s)
                       FROM severity_estimate se
                     """)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static boolean await(CountDownLatch gate, SeverityJob job) {
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return job.reestimate();
    }
}
