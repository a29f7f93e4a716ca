package io.panelist.recommendation;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.recommendation.RecommendationFixtures.Card;
import io.panelist.recommendation.RecommendationFixtures.Hiring;
import io.panelist.recommendation.RecommendationFixtures.Opening;
import io.panelist.recommendation.severity.SeverityJob;
import io.panelist.support.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.panelist.recommendation.RecommendationApiTest.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rater severity estimate is kept in memory between recommendations (InterviewerSeverities) under its id, which
 * every re-estimate renews: a re-estimate after a submission on another candidate moves the calibrated means of this
 * one on the very next read, whichever instance made it. The calibration stamp behind the estimate's progress moves
 * with every submission and no draft.
 */
class KeptSeveritiesTest extends IntegrationTest {
    @Inject
    RecommendationFixtures fixtures;
    @Inject
    SeverityJob severityJob;
    Hiring hiring;
    Opening opening;
    UUID hana;

    @BeforeEach
    void anaScoredHanaHigherThanBenDid() {
        hiring = fixtures.hiring(api);
        opening = hiring.opening("Backend Engineer", hiring.manager);
        hana = hiring.applicant(opening, "Hana Ito");
        UUID round = hiring.interview(hana, opening.technicalStageId(), hiring.ana, hiring.ben);
        hiring.submit(round, hiring.ana, Card.of("YES", "security", 4, "testing", 4));
        hiring.submit(round, hiring.ben, Card.of("NO", "security", 2, "testing", 2));
    }

    @Test
    void aReestimateAfterASubmissionOnAnotherCandidateMovesTheCalibratedMeansOnTheNextRead() {
        // no estimate yet: nobody's scores are adjusted
        assertThat(securityCalibratedMean()).isEqualTo(3.0);
        // Ana is 2 above Ben on both topics: s = +2/7 and -2/7, which cancel out on Hana
        severityJob.reestimate();
        assertThat(securityCalibratedMean()).isEqualTo(3.0);
        assertThat(securityCalibratedMean()).isEqualTo(3.0);

        UUID cara = hiring.applicant(opening, "Cara Cole");
        UUID round = hiring.interview(cara, opening.technicalStageId(), hiring.ana, hiring.cleo);
        hiring.submit(round, hiring.ana, Card.of("YES", "security", 4, "testing", 4));
        hiring.submit(round, hiring.cleo, Card.of("STRONG_NO", "security", 1, "testing", 1));
        assertThat(securityCalibratedMean()).as("not in the estimate until it is made again").isEqualTo(3.0);

        // the joint estimate over both candidates: s = Ana 5/8, Ben -11/48, Cleo -19/48
        severityJob.reestimate();
        double expected = ((4 - 5.0 / 8) + (2 + 11.0 / 48)) / 2;
        assertThat(securityCalibratedMean()).isEqualTo(RecommendationResponse.round(expected, 2)).isEqualTo(2.8);
    }

    @Test
    void theStampChangesWithEverySubmissionAndNotWithADraft() throws SQLException {
        String before = stamp();
        UUID cara = hiring.applicant(opening, "Cara Cole");
        UUID round = hiring.interview(cara, opening.technicalStageId(), hiring.ana, hiring.cleo);

        hiring.save(round, hiring.ana, Card.of("YES", "security", 3));
        assertThat(stamp()).isEqualTo(before);

        hiring.submit(round, hiring.ana, Card.of("YES", "security", 4, "testing", 4));
        String afterOne = stamp();
        assertThat(afterOne).isNotEqualTo(before);
        hiring.submit(round, hiring.cleo, Card.of("NO", "security", 2, "testing", 2));
        assertThat(stamp()).isNotEqualTo(afterOne);
    }

    @Test
    void anEstimateReplacedByAnotherInstanceIsReadOnItsNewId() throws SQLException {
        severityJob.reestimate();
        assertThat(securityCalibratedMean()).isEqualTo(3.0);

        // as another instance's job would: new severities, under a new id, in one transaction
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE interviewer_severities SET severity = 1.0 WHERE interviewer_id = '"
                    + hiring.ana + "'; UPDATE severity_estimate SET estimate_id = gen_random_uuid()");
        }

        // ((4 - 1.0) + (2 + 2/7)) / 2 = 2.6429
        assertThat(securityCalibratedMean()).isEqualTo(2.64);
    }

    @Test
    void submissionsCommittingAtOnceAllLandAndEveryTotalAddsUp() throws Exception {
        List<UUID[]> cards = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            UUID applicant = hiring.applicant(opening, "Applicant " + i);
            UUID round = hiring.interview(applicant, opening.technicalStageId(), hiring.ana, hiring.ben, hiring.cleo);
            for (UUID panelist : List.of(hiring.ana, hiring.ben, hiring.cleo)) {
                hiring.save(round, panelist, Card.of("YES", "security", 1 + (i + cards.size()) % 4, "testing", 3));
                cards.add(new UUID[]{round, panelist});
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(cards.size());
        try {
            List<Future<Integer>> submitted = new ArrayList<>();
            for (UUID[] card : cards) {
                submitted.add(pool.submit(() -> api.call("POST", "/api/v1/interviews/" + card[0] + "/scorecard/submit")
                        .token(hiring.token(card[1])).send().status()));
            }
            for (Future<Integer> status : submitted) {
                assertThat(status.get(60, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(count("""
                SELECT count(*) FROM interviewer_calibration ic
                  FULL JOIN (SELECT interviewer_id, topic_id, sum(pairs) AS pairs FROM calibration_pairs
                              GROUP BY interviewer_id, topic_id) cp USING (interviewer_id, topic_id)
                 WHERE COALESCE(ic.pairs, 0) <> COALESCE(cp.pairs, 0)""")).isZero();
        // two topics of each panelist: three on each of the four, and Ana and Ben on Hana
        assertThat(count("SELECT COALESCE(sum(pairs), 0) FROM calibration_pairs")).isEqualTo(2L * (3 * 4 + 2));
    }

    private double securityCalibratedMean() {
        JsonNode recommendation = ok(api.get("/api/v1/applications/" + hana + "/recommendation",
                hiring.token(hiring.manager)));
        for (JsonNode topic : recommendation.get("topics")) {
            if (topic.get("topicKey").asText().equals("security")) {
                return topic.get("calibratedMean").asDouble();
            }
        }
        throw new AssertionError("no security topic in " + recommendation);
    }

    private static String stamp() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT stamp FROM calibration_stamp")) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
