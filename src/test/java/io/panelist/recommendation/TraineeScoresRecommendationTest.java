package io.panelist.recommendation;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.recommendation.RecommendationFixtures.Card;
import io.panelist.recommendation.RecommendationFixtures.Hiring;
import io.panelist.recommendation.RecommendationFixtures.Opening;
import io.panelist.support.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static io.panelist.recommendation.RecommendationApiTest.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A trainee's scores are shown but count in no recommendation or ranking, worked out by hand. The plan (see
 * {@link RecommendationFixtures}): Technical assesses security (weight 2, must-have, min 3) and testing (weight 1);
 * Design assesses security (weight 2, must-have, min 3); hire at 3.0, strong hire at 3.5. Alice's rounds: Technical
 * with Ana (security 4, testing 3, YES) and Ben (security 1, testing 4, NO); Design with Cleo (security 3, YES).
 * <p>
 * Everyone counting: security 4, 1, 3 (mean 2.67, below 3, and a 1 on a must-have), testing 3, 4 (mean 3.5);
 * overall (4 x 2.667 + 1 x 3.5) / 5 = 2.83: NO_HIRE. Ben a trainee in security: security 4, 3 (mean 3.5), testing
 * 3, 4; overall (4 x 3.5 + 1 x 3.5) / 5 = 3.5: STRONG_HIRE.
 */
class TraineeScoresRecommendationTest extends IntegrationTest {
    @Inject
    RecommendationFixtures fixtures;
    Hiring hiring;
    Opening opening;
    UUID alice;

    @BeforeEach
    void aliceIsScored() {
        hiring = fixtures.hiring(api);
        opening = hiring.opening("Backend Engineer", hiring.manager);
        alice = hiring.applicant(opening, "Alice Archer");
        UUID technical = hiring.interview(alice, opening.technicalStageId(), hiring.ana, hiring.ben);
        UUID design = hiring.interview(alice, opening.designStageId(), hiring.cleo);
        hiring.qualifications(hiring.ben, "security", "TRAINEE");
        hiring.qualifications(hiring.ana, "security", "QUALIFIED", "testing", "QUALIFIED");
        hiring.submit(technical, hiring.ana, Card.of("YES", "security", 4, "testing", 3));
        hiring.submit(technical, hiring.ben, Card.of("NO", "security", 1, "testing", 4));
        hiring.submit(design, hiring.cleo, Card.of("YES", "security", 3));
    }

    @Test
    void theMeanLeavesOutTheTraineesTopicScoreAndKeepsTheirScoreInAnotherTopic() {
        JsonNode rec = ok(hiring.recommendation(alice, hiring.manager));

        assertThat(rec.get("outcome").asText()).isEqualTo("STRONG_HIRE");
        assertThat(rec.get("overallScore").asDouble()).isEqualTo(3.5);
        assertThat(rec.get("scorecardsSubmitted").asInt()).isEqualTo(3);
        assertThat(rec.get("topics")).extracting(t -> t.get("topicKey").asText(), t -> t.get("evidence").asInt(),
                        t -> t.get("mean").asDouble(), t -> t.get("spread").asInt(), t -> t.get("status").asText())
                .containsExactly(tuple("security", 2, 3.5, 1, "MET"), tuple("testing", 2, 3.5, 1, "MET"));
        // Ben is unrecorded in testing, a full member of the Technical panel: his NO counts, and disagrees
        assertThat(rec.get("votes").get("YES").asInt()).isEqualTo(2);
        assertThat(rec.get("votes").get("NO").asInt()).isEqualTo(1);
        // his own scores that count (testing 4) do not square with his NO
        assertThat(rec.get("flags")).extracting(f -> f.get("code").asText())
                .containsExactly("DISAGREEMENT", "VOTE_SCORE_MISMATCH");
        assertThat(rec.get("flags").get(1).get("message").asText()).contains("average 4.00");
        assertThat(rec.get("confidence").asText()).isEqualTo("MEDIUM");
    }

    @Test
    void aTraineeInEveryTopicOfTheRoundHasTheirScoresShownButNeitherScoresNorVoteCounted() {
        hiring.qualifications(hiring.ben, "security", "TRAINEE", "testing", "TRAINEE");

        // security 4, 3 (mean 3.5); testing Ana's 3 alone; overall (4 x 3.5 + 1 x 3) / 5 = 3.4: HIRE
        JsonNode rec = ok(hiring.recommendation(alice, hiring.manager));
        assertThat(rec.get("outcome").asText()).isEqualTo("HIRE");
        assertThat(rec.get("overallScore").asDouble()).isEqualTo(3.4);
        assertThat(rec.get("votes").get("YES").asInt()).isEqualTo(2);
        assertThat(rec.get("votes").get("NO").asInt()).isZero();
        assertThat(rec.get("scorecardsSubmitted").asInt()).isEqualTo(3);
        assertThat(rec.get("flags")).isEmpty();

        JsonNode ben = bensScorecard();
        assertThat(ben.get("voteCounted").asBoolean()).isFalse();
        assertThat(ben.get("topics")).extracting(t -> t.get("topicKey").asText(), t -> t.get("score").asInt(),
                t -> t.get("counted").asBoolean()).containsExactly(tuple("security", 1, false), tuple("testing", 4, false));
    }

    @Test
    void theScorecardsAnswerAndTheExportSayWhichOfTheTraineesScoresCount() {
        JsonNode ben = bensScorecard();
        assertThat(ben.get("voteCounted").asBoolean()).isTrue();
        assertThat(ben.get("topics")).extracting(t -> t.get("topicKey").asText(), t -> t.get("score").asInt(),
                t -> t.get("counted").asBoolean()).containsExactly(tuple("security", 1, false), tuple("testing", 4, true));
        JsonNode cards = ok(api.get("/api/v1/applications/" + alice + "/scorecards", hiring.token(hiring.manager)));
        assertThat(cards).filteredOn(c -> !c.get("panelistId").asText().equals(hiring.ben.toString()))
                .allSatisfy(c -> {
                    assertThat(c.get("voteCounted").asBoolean()).isTrue();
                    assertThat(c.get("topics")).allSatisfy(t -> assertThat(t.get("counted").asBoolean()).isTrue());
                });

        String csv = api.get("/api/v1/applications/" + alice + "/scorecards.csv", hiring.token(hiring.manager)).text();
        List<String> rows = RecommendationExportApiTest.withoutTime(List.of(csv.split("\r\n")).subList(1, 5));
        assertThat(rows).extracting(row -> row.substring(row.indexOf(",Technical,") + 1)).containsExactlyInAnyOrder(
                "Technical,Ana,security,4,1,true", "Technical,Ana,testing,3,1,true",
                "Technical,Ben,security,1,1,false", "Technical,Ben,testing,4,1,true");
    }

    @Test
    void onceTheTraineeIsQualifiedTheRecommendationAndTheStoredVerdictCountTheirScores() {
        // the ranking decides Alice and keeps her verdict and tally; a recommendation then reads the tally kept
        JsonNode ranked = rank();
        assertThat(ranked.get(0).get("outcome").asText()).isEqualTo("STRONG_HIRE");
        assertThat(ok(hiring.recommendation(alice, hiring.manager)).get("overallScore").asDouble()).isEqualTo(3.5);
        long before = count("SELECT evidence_version FROM application_verdicts WHERE application_id = '" + alice + "'");

        hiring.qualifications(hiring.ben, "security", "QUALIFIED");

        assertThat(count("SELECT evidence_version FROM application_verdicts WHERE application_id = '" + alice + "'"))
                .isEqualTo(before + 1);
        JsonNode rec = ok(hiring.recommendation(alice, hiring.manager));
        assertThat(rec.get("outcome").asText()).isEqualTo("NO_HIRE");
        assertThat(rec.get("overallScore").asDouble()).isEqualTo(2.83);
        assertThat(rec.get("topics").get(0).get("mean").asDouble()).isEqualTo(2.67);
        assertThat(rec.get("reasons")).extracting(r -> r.get("code").asText())
                .containsExactly("MUST_HAVE_BELOW_MIN", "MUST_HAVE_SCORED_ONE");
        JsonNode reranked = rank();
        assertThat(reranked.get(0).get("outcome").asText()).isEqualTo("NO_HIRE");
        assertThat(reranked.get(0).get("overallScore").asDouble()).isEqualTo(2.83);
    }

    @Test
    void qualifyingSomeoneInATopicTheyAlreadyCountedInLeavesTheStoredVerdictCurrent() {
        rank();
        long before = count("SELECT evidence_version FROM application_verdicts WHERE application_id = '" + alice + "'");

        // Ana goes from QUALIFIED to nothing recorded, Cleo from nothing to QUALIFIED: no score changes whether it counts
        hiring.qualifications(hiring.ana);
        hiring.qualifications(hiring.cleo, "security", "QUALIFIED");

        assertThat(count("SELECT evidence_version FROM application_verdicts WHERE application_id = '" + alice + "'"))
                .isEqualTo(before);
        assertThat(count("SELECT count(*) FROM application_verdicts WHERE computed_version = evidence_version"))
                .isOne();
    }

    private JsonNode bensScorecard() {
        JsonNode cards = ok(api.get("/api/v1/applications/" + alice + "/scorecards", hiring.token(hiring.manager)));
        return StreamSupport.stream(cards.spliterator(), false)
                .filter(c -> c.get("panelistId").asText().equals(hiring.ben.toString())).findFirst().orElseThrow();
    }

    private JsonNode rank() {
        return ok(api.get("/api/v1/positions/" + opening.positionId() + "/ranking", hiring.token(hiring.manager)));
    }
}
