package io.panelist.recommendation;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.recommendation.RecommendationFixtures.Card;
import io.panelist.recommendation.RecommendationFixtures.Hiring;
import io.panelist.recommendation.RecommendationFixtures.Opening;
import io.panelist.support.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.panelist.recommendation.RecommendationApiTest.json;
import static io.panelist.recommendation.RecommendationApiTest.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Interviewer calibration and panel reliability through the API, against small cases worked out by hand. Alice's
 * rounds: Technical with Ana and Ben, Design with Ben and Cleo; Bob's the same.
 */
class RecommendationInsightsApiTest extends IntegrationTest {
    @Inject
    RecommendationFixtures fixtures;
    Hiring hiring;
    Opening opening;
    UUID alice;
    UUID bob;
    UUID aliceTechnical;

    @BeforeEach
    void aliceIsScored() {
        hiring = fixtures.hiring(api);
        opening = hiring.opening("Backend Engineer", hiring.manager);
        alice = hiring.applicant(opening, "Alice Archer");
        bob = hiring.applicant(opening, "Bob Baker");
        aliceTechnical = hiring.interview(alice, opening.technicalStageId(), hiring.ana, hiring.ben);
        UUID design = hiring.interview(alice, opening.designStageId(), hiring.ben, hiring.cleo);
        hiring.submit(aliceTechnical, hiring.ana, Card.of("STRONG_YES", "security", 4, "testing", 3));
        hiring.submit(aliceTechnical, hiring.ben, Card.of("YES", "security", 3, "testing", 1));
        hiring.submit(design, hiring.ben, Card.of("YES", "security", 4));
        hiring.submit(design, hiring.cleo, Card.of("YES", "security", 3));
    }

    @Test
    void calibrationComparesEachScoreWithTheOtherInterviewersMeanAndShrinksTheBias() {
        // a draft is not a submission: it neither gives scores nor makes pairs
        UUID bobTechnical = hiring.interview(bob, opening.technicalStageId(), hiring.ana, hiring.ben);
        hiring.save(bobTechnical, hiring.ana, Card.of("NO", "security", 1, "testing", 1));

        // Ana: security 4 - mean(3, 4, 3) = 0.6667; testing 3 - 1 = 2
        //   n = 2, bias = 2.6667 / 2 = 1.3333, shrunkBias = 2.6667 / (2 + 5) = 0.3810
        //   security: bias 0.6667, shrunk 0.6667 / 6 = 0.1111; testing: bias 2, shrunk 2 / 6 = 0.3333
        JsonNode ana = calibration(hiring.ana, hiring.ana);
        assertThat(ana.get("interviewerId").asText()).isEqualTo(hiring.ana.toString());
        assertThat(ana.get("pairs").asInt()).isEqualTo(2);
        assertThat(ana.get("bias").asDouble()).isEqualTo(1.3333);
        assertThat(ana.get("shrunkBias").asDouble()).isEqualTo(0.381);
        assertThat(ana.get("scoresGiven").asInt()).isEqualTo(2);
        assertThat(ana.get("topics")).extracting(t -> t.get("topicKey").asText(), t -> t.get("pairs").asInt(),
                        t -> t.get("bias").asDouble(), t -> t.get("shrunkBias").asDouble())
                .containsExactlyInAnyOrder(tuple("security", 1, 0.6667, 0.1111), tuple("testing", 1, 2.0, 0.3333));
        assertThat(ana.fieldNames()).toIterable()
                .containsExactly("interviewerId", "pairs", "bias", "shrunkBias", "severity", "scoresGiven", "topics");

        // Ben scored security twice; his own scores are never "the others": 3 - mean(4, 3) = -0.5, 4 - 3.5 = 0.5;
        // testing 1 - 3 = -2. n = 3, bias = -2 / 3 = -0.6667, shrunkBias = -2 / 8 = -0.25
        JsonNode ben = calibration(hiring.ben, hiring.manager);
        assertThat(ben.get("pairs").asInt()).isEqualTo(3);
        assertThat(ben.get("bias").asDouble()).isEqualTo(-0.6667);
        assertThat(ben.get("shrunkBias").asDouble()).isEqualTo(-0.25);
        assertThat(ben.get("scoresGiven").asInt()).isEqualTo(3);
        assertThat(ben.get("topics")).extracting(t -> t.get("topicKey").asText(), t -> t.get("pairs").asInt(),
                        t -> t.get("bias").asDouble(), t -> t.get("shrunkBias").asDouble())
                .containsExactlyInAnyOrder(tuple("security", 2, 0.0, 0.0), tuple("testing", 1, -2.0, -0.3333));

        // Cleo: 3 - mean(4, 3, 4) = -0.6667; n = 1, shrunkBias = -0.6667 / 6 = -0.1111
        JsonNode cleo = calibration(hiring.cleo, hiring.admin);
        assertThat(cleo.get("pairs").asInt()).isEqualTo(1);
        assertThat(cleo.get("bias").asDouble()).isEqualTo(-0.6667);
        assertThat(cleo.get("shrunkBias").asDouble()).isEqualTo(-0.1111);
    }

    @Test
    void calibrationUsesAmendedScores() {
        hiring.amend(aliceTechnical, hiring.ben, Card.of("YES", "security", 3, "testing", 3));

        // Ana's testing pair becomes 3 - 3 = 0: n 2, sum 0.6667, bias 0.3333, shrunkBias 0.6667 / 7 = 0.0952
        JsonNode ana = calibration(hiring.ana, hiring.admin);
        assertThat(ana.get("pairs").asInt()).isEqualTo(2);
        assertThat(ana.get("bias").asDouble()).isEqualTo(0.3333);
        assertThat(ana.get("shrunkBias").asDouble()).isEqualTo(0.0952);
        // Ben's testing pair becomes 3 - 3 = 0 and his security pairs still cancel out: bias 0
        JsonNode ben = calibration(hiring.ben, hiring.admin);
        assertThat(ben.get("pairs").asInt()).isEqualTo(3);
        assertThat(ben.get("bias").asDouble()).isEqualTo(0.0);
        assertThat(ben.get("shrunkBias").asDouble()).isEqualTo(0.0);
    }

    @Test
    void calibrationCountsPairsFromEveryPosition() {
        Opening data = hiring.opening("Data Engineer", hiring.otherManager);
        UUID carl = hiring.applicant(data, "Carl Cruz");
        UUID round = hiring.interview(carl, data.technicalStageId(), hiring.ana, hiring.dan);
        hiring.submit(round, hiring.ana, Card.of("NO", "security", 2, "testing", 2));
        hiring.submit(round, hiring.dan, Card.of("YES", "security", 4, "testing", 2));

        // Ana, Alice's pairs (0.6667 and 2) plus Carl's: security 2 - 4 = -2, testing 2 - 2 = 0
        //   n 4, sum 0.6667, bias 0.1667, shrunkBias 0.6667 / 9 = 0.0741
        //   security: n 2, sum -1.3333, bias -0.6667, shrunk -1.3333 / 7 = -0.1905; testing: n 2, sum 2, bias 1, 2 / 7
        JsonNode ana = calibration(hiring.ana, hiring.manager);
        assertThat(ana.get("pairs").asInt()).isEqualTo(4);
        assertThat(ana.get("bias").asDouble()).isEqualTo(0.1667);
        assertThat(ana.get("shrunkBias").asDouble()).isEqualTo(0.0741);
        assertThat(ana.get("scoresGiven").asInt()).isEqualTo(4);
        assertThat(ana.get("topics")).extracting(t -> t.get("topicKey").asText(), t -> t.get("pairs").asInt(),
                        t -> t.get("bias").asDouble(), t -> t.get("shrunkBias").asDouble())
                .containsExactlyInAnyOrder(tuple("security", 2, -0.6667, -0.1905), tuple("testing", 2, 1.0, 0.2857));
    }

    @Test
    void anInterviewerWithoutPairsHasZeroBias() {
        JsonNode dan = calibration(hiring.dan, hiring.admin);

        assertThat(dan).isEqualTo(json("""
                {"interviewerId": "%s", "pairs": 0, "bias": 0.0, "shrunkBias": 0.0, "severity": 0.0, "scoresGiven": 0,
                 "topics": []}"""
                .formatted(hiring.dan)));
    }

    @Test
    void reliabilityIsNullPerTopicUntilTwoTargetsHaveTwoScoresEach() {
        JsonNode one = reliability();

        assertThat(one.get("positionId").asText()).isEqualTo(opening.positionId().toString());
        assertThat(one.get("topics")).isEqualTo(json("""
                [{"topicKey": "security", "targets": 1, "scores": 4, "icc": null, "iccPanel": null,
                  "ci95Low": null, "ci95High": null, "enoughData": false},
                 {"topicKey": "testing", "targets": 1, "scores": 2, "icc": null, "iccPanel": null,
                  "ci95Low": null, "ci95High": null, "enoughData": false}]"""));
    }

    @Test
    void reliabilityIsTheOneWayIntraclassCorrelationOverApplicationTopicTargets() {
        UUID technical = hiring.interview(bob, opening.technicalStageId(), hiring.ana, hiring.ben);
        UUID design = hiring.interview(bob, opening.designStageId(), hiring.ben, hiring.cleo);
        hiring.submit(technical, hiring.ana, Card.of("NO", "security", 1, "testing", 3));
        hiring.submit(technical, hiring.ben, Card.of("STRONG_YES", "security", 4, "testing", 4));
        hiring.submit(design, hiring.ben, Card.of("YES", "security", 4));
        hiring.submit(design, hiring.cleo, Card.of("YES", "security", 4));

        JsonNode two = reliability();

        // security: Alice 4, 3, 4, 3 (mean 3.5), Bob 1, 4, 4, 4 (mean 3.25); k = 2, N = 8, grand mean 3.375
        //   SSB = 4 * 0.125^2 + 4 * 0.125^2 = 0.125, MSB = 0.125
        //   SSW = (50 - 14^2/4) + (49 - 13^2/4) = 1 + 6.75 = 7.75, MSW = 7.75 / 6 = 1.2917
        //   n0 = (8 - (16 + 16) / 8) / 1 = 4; ICC = (0.125 - 1.2917) / (0.125 + 3 * 1.2917) = -1.1667 / 4 = -0.2917
        // testing: Alice 3, 1 (mean 2), Bob 3, 4 (mean 3.5); k = 2, N = 4, grand mean 2.75
        //   SSB = 2 * 0.75^2 * 2 = 2.25, MSB = 2.25; SSW = 2 + 0.5 = 2.5, MSW = 2.5 / 2 = 1.25
        //   n0 = (4 - 8 / 4) / 1 = 2; ICC = (2.25 - 1.25) / (2.25 + 1 * 1.25) = 1 / 3.5 = 0.2857
        // iccPanel: none for security (ICC below 0); testing 2 (2/7) / (1 + 2/7) = 4/9 = 0.4444
        // 95% interval, F0 = MSB / MSW:
        //   security F0 = 0.125 / 1.2917 = 0.09677, F(0.975; 1, 6) = 8.8131, F(0.975; 6, 1) = 937.1111
        //     FL = 0.01098, low = -0.98902 / 3.01098 = -0.3285; FU = 90.688, high = 89.688 / 93.688 = 0.9573
        //   testing F0 = 1.8 (ReliabilityIntervalTest): -0.9107 to 0.9986
        // two candidates are not enough data (five are)
        assertThat(two).isEqualTo(json("""
                {"positionId": "%s", "topics": [
                  {"topicKey": "security", "targets": 2, "scores": 8, "icc": -0.2917, "iccPanel": null,
                   "ci95Low": -0.3285, "ci95High": 0.9573, "enoughData": false},
                  {"topicKey": "testing", "targets": 2, "scores": 4, "icc": 0.2857, "iccPanel": 0.4444,
                   "ci95Low": -0.9107, "ci95High": 0.9986, "enoughData": false}]}"""
                .formatted(opening.positionId())));
    }

    private JsonNode calibration(UUID interviewer, UUID viewer) {
        return ok(api.get("/api/v1/interviewers/" + interviewer + "/calibration", hiring.token(viewer)));
    }

    private JsonNode reliability() {
        return ok(api.get("/api/v1/positions/" + opening.positionId() + "/reliability", hiring.token(hiring.manager)));
    }
}
