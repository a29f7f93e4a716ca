package io.panelist.recommendation;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.recommendation.RecommendationFixtures.Card;
import io.panelist.recommendation.RecommendationFixtures.Hiring;
import io.panelist.recommendation.RecommendationFixtures.Opening;
import io.panelist.support.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static io.panelist.recommendation.RecommendationApiTest.json;
import static io.panelist.recommendation.RecommendationApiTest.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The ranking of a position: STRONG_HIRE, HIRE, NO_HIRE, STRONG_NO_HIRE, INSUFFICIENT_EVIDENCE; the unrounded score
 * descending within each (none last); ties by who applied first. Each candidate has one technical round with Ana
 * and Ben, who score (security, testing); overall = (2 * security + testing) / 3.
 */
class RecommendationRankingApiTest extends IntegrationTest {
    @Inject
    RecommendationFixtures fixtures;
    Hiring hiring;
    Opening opening;
    final Map<String, UUID> applications = new LinkedHashMap<>();

    @BeforeEach
    void eightCandidatesAppliedInThisOrder() {
        hiring = fixtures.hiring(api);
        opening = hiring.opening("Backend Engineer", hiring.manager);
        // no round at all: INSUFFICIENT_EVIDENCE without a score
        applied("Cara Cole");
        // security (1 + 2) / 2 = 1.5 with a 1, testing 1 -> 4 / 3 = 1.33: STRONG_NO_HIRE
        scored("Dev Dunn", Card.of("STRONG_NO", "security", 1, "testing", 1),
                Card.of("STRONG_NO", "security", 2, "testing", 1));
        // security 3, testing 2 -> 8 / 3 = 2.67: NO_HIRE
        scored("Eve Ek", Card.of("NO", "security", 3, "testing", 2), Card.of("NO", "security", 3, "testing", 2));
        // security 3, testing 3 -> 3.0: HIRE, applied before Ida who ties with her
        scored("Finn Fox", Card.of("YES", "security", 3, "testing", 3), Card.of("YES", "security", 3, "testing", 3));
        // security 3, testing 4 -> 10 / 3 = 3.33: HIRE; votes on both sides (DISAGREEMENT) and Ben votes NO on his
        // own mean of 3.5 (VOTE_SCORE_MISMATCH): two flags, confidence MEDIUM
        scored("Gus Gray", Card.of("YES", "security", 3, "testing", 4), Card.of("NO", "security", 3, "testing", 4));
        // all fours -> 4.0: STRONG_HIRE
        scored("Hana Ito", Card.of("STRONG_YES", "security", 4, "testing", 4),
                Card.of("STRONG_YES", "security", 4, "testing", 4));
        // the same 3.0 as Finn, applied later
        scored("Ida Ives", Card.of("YES", "security", 3, "testing", 3), Card.of("YES", "security", 3, "testing", 3));
        // only Ana submitted; she did not assess security: a must-have without evidence, with a score of 3.0
        UUID jay = applied("Jay Jones");
        UUID round = hiring.interview(jay, opening.technicalStageId(), hiring.ana, hiring.ben);
        hiring.submit(round, hiring.ana, Card.of("YES", "security", null, "testing", 3));
    }

    @Test
    void theRankingOrdersByOutcomeThenScoreThenApplicationTime() {
        JsonNode ranking = ok(api.get("/api/v1/positions/" + opening.positionId() + "/ranking",
                hiring.token(hiring.manager)));

        assertThat(ranking).extracting(i -> i.get("candidateName").asText(), i -> i.get("outcome").asText(),
                        i -> i.get("overallScore").isNull() ? null : i.get("overallScore").asDouble())
                .containsExactly(
                        tuple("Hana Ito", "STRONG_HIRE", 4.0),
                        tuple("Gus Gray", "HIRE", 3.33),
                        tuple("Finn Fox", "HIRE", 3.0),
                        tuple("Ida Ives", "HIRE", 3.0),
                        tuple("Eve Ek", "NO_HIRE", 2.67),
                        tuple("Dev Dunn", "STRONG_NO_HIRE", 1.33),
                        tuple("Jay Jones", "INSUFFICIENT_EVIDENCE", 3.0),
                        tuple("Cara Cole", "INSUFFICIENT_EVIDENCE", null));
    }

    @Test
    void eachItemCarriesTheApplicationCandidateOutcomeScoreConfidenceFlagCountAndDecision() {
        assertThat(hiring.decide(applications.get("Hana Ito"), hiring.manager, "HIRE", "Outstanding panel.").status())
                .isEqualTo(201);

        JsonNode ranking = ok(api.get("/api/v1/positions/" + opening.positionId() + "/ranking",
                hiring.token(hiring.recruiter)));

        assertThat(ranking.get(0)).isEqualTo(json("""
                {"applicationId": "%s", "candidateName": "Hana Ito", "outcome": "STRONG_HIRE", "overallScore": 4.0,
                 "confidence": "HIGH", "flagCount": 0, "decision": "HIRE", "withheld": false,
                 "decisionStale": false}""".formatted(applications.get("Hana Ito"))));
        assertThat(ranking.get(1)).isEqualTo(json("""
                {"applicationId": "%s", "candidateName": "Gus Gray", "outcome": "HIRE", "overallScore": 3.33,
                 "confidence": "MEDIUM", "flagCount": 2, "decision": null, "withheld": false,
                 "decisionStale": false}""".formatted(applications.get("Gus Gray"))));
        assertThat(ranking.get(7)).isEqualTo(json("""
                {"applicationId": "%s", "candidateName": "Cara Cole", "outcome": "INSUFFICIENT_EVIDENCE",
                 "overallScore": null, "confidence": "LOW", "flagCount": 0, "decision": null, "withheld": false,
                 "decisionStale": false}"""
                .formatted(applications.get("Cara Cole"))));
        // the ranking agrees with each candidate's own recommendation
        for (JsonNode item : ranking) {
            JsonNode rec = ok(hiring.recommendation(UUID.fromString(item.get("applicationId").asText()), hiring.admin));
            assertThat(item.get("outcome")).as(item.toString()).isEqualTo(rec.get("outcome"));
            assertThat(item.get("overallScore")).as(item.toString()).isEqualTo(rec.get("overallScore"));
            assertThat(item.get("confidence")).as(item.toString()).isEqualTo(rec.get("confidence"));
            assertThat(item.get("flagCount").asInt()).as(item.toString()).isEqualTo(rec.get("flags").size());
        }
    }

    @Test
    void aPositionWithoutApplicationsRanksNobody() {
        Opening empty = hiring.opening("Data Engineer", hiring.manager);

        JsonNode ranking = ok(api.get("/api/v1/positions/" + empty.positionId() + "/ranking",
                hiring.token(hiring.admin)));

        assertThat(ranking.isArray()).isTrue();
        assertThat(ranking).isEmpty();
    }

    private UUID applied(String name) {
        UUID application = hiring.applicant(opening, name);
        applications.put(name, application);
        return application;
    }

    private void scored(String name, Card ana, Card ben) {
        UUID round = hiring.interview(applied(name), opening.technicalStageId(), hiring.ana, hiring.ben);
        hiring.submit(round, hiring.ana, ana);
        hiring.submit(round, hiring.ben, ben);
    }
}
