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
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.panelist.recommendation.RecommendationApiTest.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The stored severity estimate follows every submission and amendment, re-estimated by the job, not by the request.
 * Alice's rounds, solved by hand: security Ana 4, Ben 1, Cleo 3 (mean 8/3); testing Ana 3, Ben 4 (mean 3.5).
 * b = [4/3 - 1/2, -5/3 + 1/2, 1/3] = [5/6, -7/6, 1/3]; L + 5I = [[37/6, -5/6, -1/3], [-5/6, 37/6, -1/3],
 * [-1/3, -1/3, 17/3]]. The severities sum to 0 (every row of L sums to 0 and b does); the third row gives
 * -6 (s[Ana] + s[Ben]) = 1/3, the first less the second 7 (s[Ana] - s[Ben]) = 2. So s[Ana] = 29/252 = 0.1151,
 * s[Ben] = -43/252 = -0.1706, s[Cleo] = 1/18 = 0.0556.
 */
class SeverityReestimateTest extends IntegrationTest {
    @Inject
    RecommendationFixtures fixtures;
    @Inject
    SeverityJob job;
    Hiring hiring;
    UUID alice;
    UUID technical;

    @BeforeEach
    void aliceIsScored() {
        hiring = fixtures.hiring(api);
        Opening opening = hiring.opening("Backend Engineer", hiring.manager);
        alice = hiring.applicant(opening, "Alice Archer");
        technical = hiring.interview(alice, opening.technicalStageId(), hiring.ana, hiring.ben);
        UUID design = hiring.interview(alice, opening.designStageId(), hiring.cleo);
        hiring.submit(technical, hiring.ana, Card.of("YES", "security", 4, "testing", 3));
        hiring.submit(technical, hiring.ben, Card.of("NO", "security", 1, "testing", 4));
        hiring.submit(design, hiring.cleo, Card.of("YES", "security", 3));
    }

    @Test
    void submissionsWaitForTheJobWhichStoresTheJointEstimate() throws SQLException {
        assertThat(severities()).as("a submission does not estimate").isEmpty();

        assertThat(job.reestimate()).isTrue();

        Map<UUID, Double> stored = severities();
        assertThat(stored.get(hiring.ana)).isCloseTo(29.0 / 252, within(1e-9));
        assertThat(stored.get(hiring.ben)).isCloseTo(-43.0 / 252, within(1e-9));
        assertThat(stored.get(hiring.cleo)).isCloseTo(1.0 / 18, within(1e-9));
        // 5 scores, 2 cells, 3 raters: -0 degrees of freedom, so sigma2 is the prior 0.5
        assertThat(count("SELECT count(*) FROM severity_estimate WHERE scores = 5 AND degrees_of_freedom = 0"
                + " AND sigma2 = 0.5")).isEqualTo(1);
        assertThat(job.reestimate()).as("nothing changed since").isFalse();
    }

    @Test
    void calibrationAnswersCarryTheStoredSeverityBesideThePartOneDescriptions() {
        assertThat(calibration(hiring.ana).get("severity").asDouble()).as("no estimate yet: neutral").isZero();

        job.reestimate();

        JsonNode ana = calibration(hiring.ana);
        assertThat(ana.get("severity").asDouble()).isEqualTo(0.1151);
        // Part 1, unchanged: security 4 - mean(1, 3) = 2, testing 3 - 4 = -1: 2 pairs, bias 0.5, shrunk 1/7
        assertThat(ana.get("bias").asDouble()).isEqualTo(0.5);
        assertThat(ana.get("shrunkBias").asDouble()).isEqualTo(0.1429);
        assertThat(calibration(hiring.ben).get("severity").asDouble()).isEqualTo(-0.1706);
        assertThat(calibration(hiring.cleo).get("severity").asDouble()).isEqualTo(0.0556);
    }

    @Test
    void theRecommendationSaysWhetherEverySubmissionIsInTheEstimateItWasReadWith() {
        JsonNode before = calibrationOfTheRecommendation();
        assertThat(before.get("asOf").isNull()).as("no estimate yet").isTrue();
        assertThat(before.get("current").asBoolean()).isFalse();

        job.reestimate();
        JsonNode after = calibrationOfTheRecommendation();
        assertThat(after.get("asOf").isNull()).isFalse();
        assertThat(after.get("current").asBoolean()).isTrue();

        hiring.amend(technical, hiring.ben, Card.of("NO", "security", 3, "testing", 4));
        JsonNode behind = calibrationOfTheRecommendation();
        assertThat(behind.get("asOf")).isEqualTo(after.get("asOf"));
        assertThat(behind.get("current").asBoolean()).as("the amendment waits for the next round").isFalse();

        job.reestimate();
        assertThat(calibrationOfTheRecommendation().get("current").asBoolean()).isTrue();
    }

    @Test
    void anAmendmentPutsTheEstimateBehindUntilTheNextRound() throws SQLException {
        job.reestimate();
        long included = count("SELECT includes_changes FROM severity_estimate");

        hiring.amend(technical, hiring.ben, Card.of("NO", "security", 3, "testing", 4));

        assertThat(count("SELECT changes FROM calibration_stamp")).isGreaterThan(included);
        assertThat(severities().get(hiring.ben)).as("the old estimate stands meanwhile")
                .isCloseTo(-43.0 / 252, within(1e-9));
        assertThat(job.reestimate()).isTrue();
        assertThat(severities().get(hiring.ben)).isGreaterThan(-43.0 / 252);
        assertThat(count("SELECT includes_changes FROM severity_estimate"))
                .isEqualTo(count("SELECT changes FROM calibration_stamp"));
    }

    @Test
    void aTraineesScoresLeaveTheEstimate() throws SQLException {
        hiring.qualifications(hiring.ben, "security", "TRAINEE");

        assertThat(job.reestimate()).isTrue();

        // security Ana 4, Cleo 3; testing Ana 3, Ben 4: 4 scores
        assertThat(count("SELECT scores FROM severity_estimate")).isEqualTo(4);
        assertThat(severities()).containsOnlyKeys(hiring.ana, hiring.ben, hiring.cleo);
    }

    private JsonNode calibrationOfTheRecommendation() {
        return ok(hiring.recommendation(alice, hiring.manager)).get("calibration");
    }

    private JsonNode calibration(UUID interviewer) {
        return ok(api.get("/api/v1/interviewers/" + interviewer + "/calibration", hiring.token(hiring.admin)));
    }

    static Map<UUID, Double> severities() throws SQLException {
        Map<UUID, Double> severities = new HashMap<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT interviewer_id, severity FROM interviewer_severities")) {
            while (rows.next()) {
                severities.put(rows.getObject(1, UUID.class), rows.getDouble(2));
            }
        }
        return severities;
    }
}
