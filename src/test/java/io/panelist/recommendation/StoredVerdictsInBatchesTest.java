package io.panelist.recommendation;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.recommendation.RecommendationFixtures.Card;
import io.panelist.recommendation.RecommendationFixtures.Hiring;
import io.panelist.recommendation.RecommendationFixtures.Opening;
import io.panelist.support.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.panelist.recommendation.RecommendationApiTest.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A position with more out-of-date verdicts than one query decides (two here, 500 in service) is decided batch by
 * batch, and every verdict is stored and agrees with the application's own recommendation.
 */
class StoredVerdictsInBatchesTest extends IntegrationTest {
    @Inject
    RecommendationFixtures fixtures;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("panelist.ranking.verdicts-per-query", "2");
        return properties;
    }

    @Test
    void fiveOutOfDateVerdictsAreDecidedTwoAtATimeAndAllStored() {
        Hiring hiring = fixtures.hiring(api);
        Opening opening = hiring.opening("Backend Engineer", hiring.manager);
        for (int i = 1; i <= 5; i++) {
            UUID application = hiring.applicant(opening, "Candidate " + i);
            UUID round = hiring.interview(application, opening.technicalStageId(), hiring.ana);
            hiring.submit(round, hiring.ana, Card.of(i > 2 ? "YES" : "NO", "security", Math.min(4, i), "testing", 3));
        }

        JsonNode ranking = ok(api.get("/api/v1/positions/" + opening.positionId() + "/ranking",
                hiring.token(hiring.manager)));

        assertThat(ranking).hasSize(5);
        assertThat(count("SELECT count(*) FROM application_verdicts WHERE computed_version = evidence_version"))
                .isEqualTo(5);
        for (JsonNode item : ranking) {
            JsonNode own = ok(hiring.recommendation(UUID.fromString(item.get("applicationId").asText()),
                    hiring.manager));
            assertThat(item.get("outcome")).as(item.toString()).isEqualTo(own.get("outcome"));
            assertThat(item.get("overallScore")).as(item.toString()).isEqualTo(own.get("overallScore"));
            assertThat(item.get("confidence")).as(item.toString()).isEqualTo(own.get("confidence"));
            assertThat(item.get("flagCount").asInt()).as(item.toString()).isEqualTo(own.get("flags").size());
        }
        assertThat(ranking.get(0).get("overallScore").asDouble())
                .isGreaterThan(ranking.get(4).get("overallScore").asDouble());
    }
}
