package io.panelist.plans;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.panelist.plans.PlanFixtures.TECHNICAL;
import static io.panelist.plans.PlanFixtures.ask;
import static io.panelist.plans.PlanFixtures.assess;
import static io.panelist.plans.PlanFixtures.fields;
import static io.panelist.plans.PlanFixtures.id;
import static io.panelist.plans.PlanFixtures.plan;
import static io.panelist.plans.PlanFixtures.stage;
import static io.panelist.plans.PlanFixtures.validPlan;
import static io.panelist.plans.PlanFixtures.with;
import static io.panelist.plans.PlanFixtures.withFirstTopic;
import static org.assertj.core.api.Assertions.assertThat;

/** Bad input to the plan API answers a 4xx problem+json naming what is wrong, never a 500, and writes nothing. */
class PlansBadInputTest extends IntegrationTest {
    @Inject
    PlanFixtures fixtures;
    PlanFixtures.Team team;
    PlanFixtures.Bank bank;
    UUID positionId;

    @BeforeEach
    void buildTheBank() {
        team = fixtures.team(api);
        bank = fixtures.bank();
        positionId = fixtures.position("Backend Engineer", team.managerId()).id();
    }

    @Test
    void weightsMustBeAboveZero() {
        for (Object weight : List.of(0, 0.0, -1, -0.5)) {
            Answer answer = api.post("/api/v1/plans", team.admin(), withFirstTopic(validPlan(positionId, bank), "weight", weight));

            assertProblem(answer, 400);
            assertThat(fields(answer.json().get("errors"))).as("weight " + weight).contains("stages[0].topics[0].weight");
        }
        assertNothingWritten();
    }

    @Test
    void aWeightTooSmallToStoreIsRefusedAsBadInput() {
        // weights are stored with two decimals: 0.001 would be kept as 0, which no plan may have
        Answer answer = api.post("/api/v1/plans", team.admin(), withFirstTopic(validPlan(positionId, bank), "weight", 0.001));

        assertThat(answer.status()).as(answer.toString()).isIn(400, 422);
        assertThat(answer.isProblem()).isTrue();
        assertNothingWritten();
    }

    @Test
    void numbersMorePreciseThanStoredAreAnsweredAsStoredOrRefused() {
        // thresholds and weights keep two decimals: the answer to a write must say what a later read will say
        Answer answer = api.post("/api/v1/plans", team.admin(), withFirstTopic(
                plan(positionId, "Precise", 2.996, 3.999, PlanFixtures.validStages(bank)), "weight", 1.005));

        if (answer.status() == 201) {
            JsonNode stored = api.get("/api/v1/plans/" + id(answer), team.admin()).json();
            assertThat(answer.json().get("policy")).isEqualTo(stored.get("policy"));
            assertThat(answer.json().at("/stages/0/topics/0/weight")).isEqualTo(stored.at("/stages/0/topics/0/weight"));
        } else {
            assertProblem(answer, 400);
        }
    }

    @Test
    void minScoreIsOneToFour() {
        for (int minScore : List.of(0, 5, -1)) {
            Answer answer = api.post("/api/v1/plans", team.admin(), withFirstTopic(validPlan(positionId, bank), "minScore", minScore));

            assertProblem(answer, 400);
            assertThat(fields(answer.json().get("errors"))).contains("stages[0].topics[0].minScore");
        }
        assertNothingWritten();
        for (int minScore : List.of(1, 4)) {
            Answer answer = api.post("/api/v1/plans", team.admin(), withFirstTopic(validPlan(positionId, bank), "minScore", minScore));
            assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        }
    }

    @Test
    void thresholdsOutOfOrderOrOutOfRangeAreRefused() {
        for (double[] policy : new double[][]{{3.6, 3.2}, {4.0, 1.0}, {0.5, 3.0}, {3.0, 4.5}, {0.0, 0.0}}) {
            Answer answer = api.post("/api/v1/plans", team.admin(),
                    plan(positionId, "Policy", policy[0], policy[1], PlanFixtures.validStages(bank)));

            assertProblem(answer, 400);
            assertThat(fields(answer.json().get("errors"))).as(answer.toString())
                    .anySatisfy(field -> assertThat(field).startsWith("policy"));
        }
        assertNothingWritten();
    }

    @Test
    void anUnknownPositionIsRefusedAsAProblem() {
        Answer answer = api.post("/api/v1/plans", team.admin(), validPlan(UUID.randomUUID(), bank));

        assertThat(answer.status()).as(answer.toString()).isIn(404, 422);
        assertThat(answer.isProblem()).isTrue();
        assertNothingWritten();
    }

    @Test
    void anUnknownPlanIsNotFoundOnEveryRoute() {
        String path = "/api/v1/plans/" + UUID.randomUUID();

        assertProblem(api.get(path, team.admin()), 404);
        assertProblem(api.putCurrent(path, team.admin(), validPlan(positionId, bank)), 404);
        assertProblem(PlanFixtures.publish(api, team.admin(), UUID.randomUUID()), 404);
        assertProblem(PlanFixtures.newVersion(api, team.admin(), UUID.randomUUID()), 404);
        assertNothingWritten();
    }

    @Test
    void unknownTopicsAndQuestionsAreUnprocessable() {
        Answer answer = api.post("/api/v1/plans", team.admin(), plan(positionId, "Ghosts", List.of(stage(TECHNICAL,
                "TECHNICAL", 60, List.of(assess("no-such-topic", 1.0, true, 3)), List.of(ask(UUID.randomUUID(), 10))))));

        assertProblem(answer, 422);
        assertThat(fields(answer.json().get("errors")))
                .containsExactly("/stages/0/topics/0/topicKey", "/stages/0/questions/0/questionId");
        assertNothingWritten();
    }

    @Test
    void aOneMegabyteNameIsRefused() {
        Answer huge = api.post("/api/v1/plans", team.admin(), with(validPlan(positionId, bank), "name", "n".repeat(1_048_576)));
        Answer tooLong = api.post("/api/v1/plans", team.admin(), with(validPlan(positionId, bank), "name", "n".repeat(201)));
        Answer blank = api.post("/api/v1/plans", team.admin(), with(validPlan(positionId, bank), "name", "   "));

        assertThat(huge.status()).as(huge.toString()).isIn(400, 413);
        assertThat(huge.isProblem()).isTrue();
        assertProblem(tooLong, 400);
        assertThat(fields(tooLong.json().get("errors"))).contains("name");
        assertProblem(blank, 400);
        assertNothingWritten();
    }

    @Test
    void malformedJsonAndWrongTypesAreBadRequests() {
        assertProblem(api.call("POST", "/api/v1/plans").token(team.admin()).raw("{\"name\": ", "application/json").send(), 400);
        assertProblem(api.call("POST", "/api/v1/plans").token(team.admin()).raw("[]", "application/json").send(), 400);
        assertProblem(api.call("POST", "/api/v1/plans").token(team.admin()).raw("{}", "application/json").send(), 400);
        assertProblem(api.post("/api/v1/plans", team.admin(), with(validPlan(positionId, bank), "positionId", "not-a-uuid")), 400);
        assertProblem(api.post("/api/v1/plans", team.admin(), with(validPlan(positionId, bank), "stages", "many")), 400);
        assertProblem(api.post("/api/v1/plans", team.admin(), withFirstTopic(validPlan(positionId, bank), "weight", "heavy")), 400);
        assertProblem(api.post("/api/v1/plans", team.admin(), plan(positionId, "Lunch", List.of(stage(TECHNICAL, "LUNCH", 60,
                List.of(assess("security", 1.0, true, 3)), List.of(ask(bank.jwt().id(), 10)))))), 400);
        assertProblem(api.call("POST", "/api/v1/plans").token(team.admin()).raw("name=x", "text/plain").send(), 415);
        assertNothingWritten();
    }

    @Test
    void missingFieldsAreNamed() {
        Answer answer = api.call("POST", "/api/v1/plans").token(team.admin()).raw("{}", "application/json").send();

        assertProblem(answer, 400);
        assertThat(fields(answer.json().get("errors"))).contains("positionId", "name", "stages");
    }

    @Test
    void stageAndQuestionNumbersOutOfRangeAreRefused() {
        List<Map<String, Object>> bad = List.of(
                plan(positionId, "Short", List.of(stage(TECHNICAL, "TECHNICAL", 0, List.of(), List.of()))),
                plan(positionId, "Long", List.of(stage(TECHNICAL, "TECHNICAL", 481, List.of(), List.of()))),
                plan(positionId, "Zero", List.of(stage(TECHNICAL, "TECHNICAL", 60, List.of(), List.of(ask(bank.jwt().id(), 0))))),
                plan(positionId, "Ninety-one", List.of(stage(TECHNICAL, "TECHNICAL", 60, List.of(), List.of(ask(bank.jwt().id(), 91))))),
                plan(positionId, "Revision", List.of(stage(TECHNICAL, "TECHNICAL", 60, List.of(), List.of(ask(bank.jwt().id(), 0, 10))))),
                plan(positionId, "Crowded", Collections.nCopies(21, stage(TECHNICAL, "TECHNICAL", 60, List.of(), List.of()))));
        for (Map<String, Object> body : bad) {
            assertProblem(api.post("/api/v1/plans", team.admin(), body), 400);
        }
        assertNothingWritten();
    }

    @Test
    void aPlanCannotMoveToAnotherPosition() {
        UUID planId = id(api.post("/api/v1/plans", team.admin(), validPlan(positionId, bank)));
        UUID other = fixtures.position("Frontend Engineer", team.managerId()).id();

        Answer answer = api.putCurrent("/api/v1/plans/" + planId, team.admin(), validPlan(other, bank));

        assertThat(answer.status()).as(answer.toString()).isIn(400, 422);
        assertThat(answer.isProblem()).isTrue();
        assertThat(count("SELECT count(*) FROM plans WHERE position_id = '" + other + "'")).isZero();
    }

    @Test
    void anInvalidUuidOrFilterIsRefused() {
        for (Answer answer : List.of(api.get("/api/v1/plans/not-a-uuid", team.admin()),
                api.putCurrent("/api/v1/plans/not-a-uuid", team.admin(), validPlan(positionId, bank)),
                api.call("POST", "/api/v1/plans/not-a-uuid/publish").token(team.admin()).send(),
                api.call("POST", "/api/v1/plans/not-a-uuid/versions").token(team.admin()).send())) {
            assertThat(answer.status()).as(answer.toString()).isIn(400, 404);
            assertThat(answer.isProblem()).as(answer.toString()).isTrue();
        }
        assertProblem(api.get("/api/v1/plans?positionId=nope", team.admin()), 400);
        assertProblem(api.get("/api/v1/plans?status=LIVE", team.admin()), 400);
        assertProblem(api.get("/api/v1/plans?size=1000", team.admin()), 400);
        assertNothingWritten();
    }

    private void assertNothingWritten() {
        assertThat(count("SELECT count(*) FROM plans")).isZero();
        assertThat(count("SELECT count(*) FROM plan_stages")).isZero();
        assertThat(count("SELECT count(*) FROM audit_events WHERE action LIKE 'plan.%'")).isZero();
    }

    private static void assertProblem(Answer answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
        assertThat(answer.json().get("status").asInt()).isEqualTo(status);
        assertThat(answer.json().get("type").asText()).startsWith("urn:panelist:problem:");
        assertThat(answer.json().get("title").asText()).isNotBlank();
        assertThat(answer.text()).doesNotContain("Exception", "at io.", "SQL");
    }
}
