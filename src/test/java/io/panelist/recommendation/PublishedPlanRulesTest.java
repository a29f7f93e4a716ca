package io.panelist.recommendation;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.panelist.recommendation.RecommendationFixtures.Card;
import io.panelist.recommendation.RecommendationFixtures.Hiring;
import io.panelist.recommendation.RecommendationFixtures.Opening;
import io.panelist.recommendation.policy.Evidence;
import io.panelist.recommendation.policy.PlanRules;
import io.panelist.support.Api;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestDatabase;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static io.panelist.recommendation.RecommendationApiTest.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of a plan are held in memory once it is published, and never before: a draft's are read afresh each
 * time, so its edits show; a new version is a new plan with rules of its own, and each candidate is judged by the
 * version they applied under, on this instance and on a second one sharing the database.
 */
class PublishedPlanRulesTest extends IntegrationTest {
    @Inject
    RecommendationFixtures fixtures;
    @Inject
    PublishedPlanRules rules;
    EmbeddedServer other;
    Hiring hiring;
    Opening opening;

    @BeforeAll
    void startASecondInstance() {
        Map<String, Object> properties = new HashMap<>(TestDatabase.properties());
        properties.put("micronaut.server.port", -1);
        other = ApplicationContext.run(EmbeddedServer.class, properties, "test");
    }

    @AfterAll
    void stopTheSecondInstance() {
        if (other != null) {
            other.getApplicationContext().close();
        }
    }

    @BeforeEach
    void aPositionWithItsPublishedPlan() {
        hiring = fixtures.hiring(api);
        opening = hiring.opening("Backend Engineer", hiring.manager);
    }

    @Test
    void aDraftsRulesAreReadAfreshUntilItIsPublishedAndThenHeld() {
        UUID draft = newVersion();
        assertThat(rules.of(draft).hireThreshold()).isEqualTo(3.0);
        assertThat(rules.holds(draft)).isFalse();

        edit(draft, 2.5, 3.0, 4.0);

        PlanRules edited = rules.of(draft);
        assertThat(edited.hireThreshold()).isEqualTo(2.5);
        assertThat(edited.strongHireThreshold()).isEqualTo(3.0);
        assertThat(edited.topics()).extracting(Evidence.TopicRule::topicKey).containsExactly("security", "testing");
        assertThat(edited.topics().get(1).weightByStage().values()).containsExactly(4.0);
        assertThat(rules.holds(draft)).isFalse();

        publish(draft);

        assertThat(rules.of(draft)).isEqualTo(edited);
        assertThat(rules.holds(draft)).isTrue();
        // the version it replaced is archived, and keeps its own rules
        assertThat(rules.of(opening.planId()).hireThreshold()).isEqualTo(3.0);
        assertThat(rules.holds(opening.planId())).isTrue();
    }

    @Test
    void eachCandidateIsJudgedByTheVersionTheyAppliedUnderOnEitherInstance() {
        Api b = new Api(other.getURI());
        UUID alice = scoredThreeAcrossTheBoard(hiring.applicant(opening, "Alice Archer"), opening.technicalStageId());
        // both instances read Alice under version 1 (3.0 hires, 3.5 hires strongly), and hold its rules from then on
        assertThat(outcome(api, alice)).isEqualTo("HIRE");
        assertThat(outcome(b, alice)).isEqualTo("HIRE");

        UUID version2 = newVersion();
        JsonNode published = edit(version2, 2.5, 3.0, 1.0);
        publish(version2);
        UUID bob = scoredThreeAcrossTheBoard(hiring.applicant(opening, "Bob Baker"),
                UUID.fromString(published.at("/stages/0/id").asText()));

        for (Api instance : List.of(api, b)) {
            assertThat(outcome(instance, bob)).as("Bob, under version 2").isEqualTo("STRONG_HIRE");
            assertThat(outcome(instance, alice)).as("Alice, still under version 1").isEqualTo("HIRE");
            JsonNode ranking = ok(instance.get("/api/v1/positions/" + opening.positionId() + "/ranking",
                    hiring.token(hiring.manager)));
            assertThat(StreamSupport.stream(ranking.spliterator(), false)
                    .map(item -> item.get("candidateName").asText() + " " + item.get("outcome").asText()))
                    .containsExactly("Bob Baker STRONG_HIRE", "Alice Archer HIRE");
        }
    }

    /** Ana and Ben both score security 3 and testing 3 in one round: an overall score of exactly 3.0. */
    private UUID scoredThreeAcrossTheBoard(UUID application, UUID stageId) {
        UUID round = hiring.interview(application, stageId, hiring.ana, hiring.ben);
        hiring.submit(round, hiring.ana, Card.of("YES", "security", 3, "testing", 3));
        hiring.submit(round, hiring.ben, Card.of("YES", "security", 3, "testing", 3));
        return application;
    }

    private String outcome(Api instance, UUID application) {
        return ok(instance.get("/api/v1/applications/" + application + "/recommendation",
                hiring.token(hiring.manager))).get("outcome").asText();
    }

    private UUID newVersion() {
        JsonNode copy = api.call("POST", "/api/v1/plans/" + opening.planId() + "/versions")
                .token(hiring.token(hiring.admin)).send().json();
        assertThat(copy.get("status").asText()).isEqualTo("DRAFT");
        return UUID.fromString(copy.get("id").asText());
    }

    /** Saves the draft with other thresholds and another weight for testing in the technical stage. */
    private JsonNode edit(UUID draft, double hire, double strongHire, double testingWeight) {
        JsonNode plan = ok(api.get("/api/v1/plans/" + draft, hiring.token(hiring.admin)));
        List<Map<String, Object>> stages = StreamSupport.stream(plan.get("stages").spliterator(), false)
                .map(stage -> Map.<String, Object>of("id", stage.get("id").asText(), "name", stage.get("name").asText(),
                        "kind", stage.get("kind").asText(), "minutes", stage.get("minutes").asInt(),
                        "topics", StreamSupport.stream(stage.get("topics").spliterator(), false)
                                .map(topic -> Map.of("topicKey", topic.get("topicKey").asText(),
                                        "weight", topic.get("topicKey").asText().equals("testing") ? testingWeight
                                                : topic.get("weight").asDouble(),
                                        "mustHave", topic.get("mustHave").asBoolean(),
                                        "minScore", topic.get("minScore").asInt())).toList(),
                        "questions", StreamSupport.stream(stage.get("questions").spliterator(), false)
                                .map(question -> Map.of("questionId", question.get("questionId").asText(),
                                        "minutes", question.get("minutes").asInt())).toList()))
                .toList();
        return ok(api.putCurrent("/api/v1/plans/" + draft, hiring.token(hiring.admin), Map.of("positionId",
                opening.positionId(), "name", "Backend Engineer plan", "policy", Map.of("hireThreshold", hire,
                        "strongHireThreshold", strongHire), "stages", stages)));
    }

    private void publish(UUID plan) {
        ok(api.call("POST", "/api/v1/plans/" + plan + "/publish").token(hiring.token(hiring.admin)).send());
    }
}
