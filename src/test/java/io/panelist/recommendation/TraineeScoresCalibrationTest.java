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
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static io.panelist.recommendation.RecommendationApiTest.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A trainee's scores count in no calibration or reliability, worked out by hand. Alice's rounds: Technical with Ana
 * (security 4, testing 3) and Ben (security 1, testing 4); Design with Cleo (security 3). Each calibration pair is
 * d = x - mean(the others' scores on the same application and topic); shrunkBias = sum(d) / (pairs + 5).
 * <p>
 * Ben a trainee in security: security pairs Ana 4 - 3 = 1, Cleo 3 - 4 = -1; testing Ana 3 - 4 = -1, Ben 4 - 3 = 1.
 * So Ana: 2 pairs, bias 0; Ben: 1 pair, bias 1, shrunk 1/6 = 0.1667; Cleo: 1 pair, bias -1.
 * <p>
 * Everyone counting: security Ana 4 - mean(1, 3) = 2, Ben 1 - mean(4, 3) = -2.5, Cleo 3 - mean(4, 1) = 0.5. So Ana:
 * 2 pairs, sum 1, bias 0.5, shrunk 1/7 = 0.1429; Ben: 2 pairs, sum -1.5, bias -0.75, shrunk -1.5/7 = -0.2143.
 */
class TraineeScoresCalibrationTest extends IntegrationTest {
    @Inject
    RecommendationFixtures fixtures;
    @Inject
    SeverityJob severityJob;
    Hiring hiring;
    Opening opening;
    UUID alice;
    UUID technical;

    @BeforeEach
    void aliceIsScoredBeforeAnyoneIsATrainee() {
        hiring = fixtures.hiring(api);
        opening = hiring.opening("Backend Engineer", hiring.manager);
        alice = hiring.applicant(opening, "Alice Archer");
        technical = hiring.interview(alice, opening.technicalStageId(), hiring.ana, hiring.ben);
        UUID design = hiring.interview(alice, opening.designStageId(), hiring.cleo);
        hiring.submit(technical, hiring.ana, Card.of("YES", "security", 4, "testing", 3));
        hiring.submit(technical, hiring.ben, Card.of("NO", "security", 1, "testing", 4));
        hiring.submit(design, hiring.cleo, Card.of("YES", "security", 3));
    }

    @Test
    void becomingATraineeTakesTheirTopicScoresOutOfEveryonesCalibration() {
        hiring.qualifications(hiring.ben, "security", "TRAINEE");

        JsonNode ana = calibration(hiring.ana);
        assertThat(ana.get("pairs").asInt()).isEqualTo(2);
        assertThat(ana.get("bias").asDouble()).isZero();
        assertThat(ana.get("topics")).extracting(t -> t.get("topicKey").asText(), t -> t.get("bias").asDouble())
                .containsExactlyInAnyOrder(tuple("security", 1.0), tuple("testing", -1.0));
        JsonNode ben = calibration(hiring.ben);
        assertThat(ben.get("pairs").asInt()).isEqualTo(1);
        assertThat(ben.get("bias").asDouble()).isEqualTo(1.0);
        assertThat(ben.get("shrunkBias").asDouble()).isEqualTo(0.1667);
        assertThat(ben.get("scoresGiven").asInt()).isEqualTo(1);
        assertThat(ben.get("topics")).extracting(t -> t.get("topicKey").asText()).containsExactly("testing");
        assertThat(calibration(hiring.cleo).get("bias").asDouble()).isEqualTo(-1.0);
    }

    @Test
    void qualifyingTheTraineeBringsTheirScoresBackIntoCalibration() {
        hiring.qualifications(hiring.ben, "security", "TRAINEE");
        hiring.qualifications(hiring.ben, "security", "QUALIFIED");

        JsonNode ana = calibration(hiring.ana);
        assertThat(ana.get("pairs").asInt()).isEqualTo(2);
        assertThat(ana.get("bias").asDouble()).isEqualTo(0.5);
        assertThat(ana.get("shrunkBias").asDouble()).isEqualTo(0.1429);
        JsonNode ben = calibration(hiring.ben);
        assertThat(ben.get("pairs").asInt()).isEqualTo(2);
        assertThat(ben.get("bias").asDouble()).isEqualTo(-0.75);
        assertThat(ben.get("shrunkBias").asDouble()).isEqualTo(-0.2143);
        assertThat(ben.get("scoresGiven").asInt()).isEqualTo(2);
    }

    @Test
    void theCalibratedMeansOfTheRecommendationUseTheSeveritiesWithoutTheTrainee() {
        hiring.qualifications(hiring.ben, "security", "TRAINEE");
        severityJob.reestimate();

        // the scores that count: security Ana 4, Cleo 3; testing Ana 3, Ben 4. The joint estimate: s = Ana 0,
        // Ben 1/11, Cleo -1/11. security: (4 + 3 + 1/11) / 2 = 3.5455; testing: (3 + 4 - 1/11) / 2 = 3.4545
        JsonNode rec = ok(hiring.recommendation(alice, hiring.manager));
        assertThat(rec.get("topics")).extracting(t -> t.get("topicKey").asText(),
                t -> t.get("calibratedMean").asDouble()).containsExactly(tuple("security", 3.55), tuple("testing", 3.45));
    }

    @Test
    void reliabilityCountsOnlyTheScoresThatCount() {
        assertThat(reliability()).extracting(t -> t.get("topicKey").asText(), t -> t.get("scores").asInt())
                .containsExactly(tuple("security", 3), tuple("testing", 2));

        hiring.qualifications(hiring.ben, "security", "TRAINEE", "testing", "TRAINEE");

        // Alice's testing keeps Ana's score alone: a target needs two
        assertThat(reliability()).extracting(t -> t.get("topicKey").asText(), t -> t.get("scores").asInt())
                .containsExactly(tuple("security", 2));
    }

    @Test
    void whoeverWritesTheTableTheEvidenceIsMarkedChangedAndCalibrationRecomputed() throws SQLException {
        long version = version();
        UUID security = topic("security");
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO interviewer_qualifications VALUES ('" + hiring.cleo + "', '"
                    + security + "', 'QUALIFIED', now())");
            assertThat(version()).as("QUALIFIED in a topic changes nothing that counts").isEqualTo(version);

            statement.executeUpdate("INSERT INTO interviewer_qualifications VALUES ('" + hiring.ben + "', '"
                    + security + "', 'TRAINEE', now())");
            assertThat(version()).isEqualTo(version + 1);
            assertThat(calibration(hiring.ben).get("pairs").asInt()).isEqualTo(1);

            statement.executeUpdate("DELETE FROM interviewer_qualifications WHERE user_id = '" + hiring.ben + "'");
            assertThat(version()).isEqualTo(version + 2);
            assertThat(calibration(hiring.ben).get("pairs").asInt()).isEqualTo(2);
        }
    }

    private long version() {
        return count("SELECT evidence_version FROM application_verdicts WHERE application_id = '" + alice + "'");
    }

    private UUID topic(String key) {
        for (JsonNode topic : ok(api.get("/api/v1/topics", hiring.token(hiring.admin))).get("items")) {
            if (topic.get("key").asText().equals(key)) {
                return UUID.fromString(topic.get("id").asText());
            }
        }
        throw new IllegalStateException("no topic " + key);
    }

    private JsonNode calibration(UUID interviewer) {
        return ok(api.get("/api/v1/interviewers/" + interviewer + "/calibration", hiring.token(hiring.admin)));
    }

    private JsonNode reliability() {
        return ok(api.get("/api/v1/positions/" + opening.positionId() + "/reliability", hiring.token(hiring.manager)))
                .get("topics");
    }
}
