package io.panelist.plans;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.panelist.plans.PlanFixtures.DESIGN;
import static io.panelist.plans.PlanFixtures.TECHNICAL;
import static io.panelist.plans.PlanFixtures.ask;
import static io.panelist.plans.PlanFixtures.assess;
import static io.panelist.plans.PlanFixtures.fields;
import static io.panelist.plans.PlanFixtures.id;
import static io.panelist.plans.PlanFixtures.plan;
import static io.panelist.plans.PlanFixtures.stage;
import static io.panelist.plans.PlanFixtures.validPlan;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan rules over HTTP: a draft may break them and says so in its answer ({@code valid}, {@code problems}),
 * publishing refuses it with every problem; names the bank does not know are refused outright and write nothing.
 * (Thresholds out of order never reach a draft: the request itself is refused, see PlansBadInputTest.)
 */
class PlanValidationApiTest extends IntegrationTest {
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
    void aPlanWithoutStagesIsReportedAtStages() {
        assertDraftProblems(plan(positionId, "Empty", List.of()), "/stages");
    }

    @Test
    void aStageWithoutTopicsIsReportedAtItsTopics() {
        assertDraftProblems(plan(positionId, "No topics", List.of(
                stage(TECHNICAL, "TECHNICAL", 60, List.of(assess("security", 1.0, true, 3)), List.of(ask(bank.jwt().id(), 10))),
                stage(DESIGN, "DESIGN", 45, List.of(), List.of(ask(bank.csrf().id(), 10))))), "/stages/1/topics");
    }

    @Test
    void aTopicTwiceInOneStageIsReportedAtTheSecond() {
        assertDraftProblems(plan(positionId, "Twice", List.of(stage(TECHNICAL, "TECHNICAL", 60,
                List.of(assess("security", 1.0, true, 3), assess("security", 2.0, true, 3)),
                List.of(ask(bank.jwt().id(), 10))))), "/stages/0/topics/1");
    }

    @Test
    void aTopicNoQuestionOfItsStageAsksAboutIsReported() {
        // the testing question sits in the design stage, so the technical stage assesses testing without asking
        assertDraftProblems(plan(positionId, "Unasked", List.of(
                stage(TECHNICAL, "TECHNICAL", 60, List.of(assess("security", 1.0, true, 3), assess("testing", 1.0, false, 2)),
                        List.of(ask(bank.jwt().id(), 10))),
                stage(DESIGN, "DESIGN", 45, List.of(assess("security", 1.0, true, 3)),
                        List.of(ask(bank.csrf().id(), 10), ask(bank.fixtures().id(), 10))))), "/stages/0/topics/1");
    }

    @Test
    void aTopicWhoseMustHaveOrMinScoreDiffersInALaterStageIsReportedThere() {
        for (Map<String, Object> later : List.of(assess("security", 1.0, false, 3), assess("security", 1.0, true, 4))) {
            assertDraftProblems(plan(positionId, "Inconsistent", List.of(
                    stage(TECHNICAL, "TECHNICAL", 60, List.of(assess("security", 2.0, true, 3)),
                            List.of(ask(bank.jwt().id(), 10))),
                    stage(DESIGN, "DESIGN", 45, List.of(later), List.of(ask(bank.csrf().id(), 10))))),
                    "/stages/1/topics/0");
        }
    }

    @Test
    void questionsThatDoNotFitTheStageAreReportedAtItsQuestions() {
        assertDraftProblems(plan(positionId, "Too long", List.of(stage(TECHNICAL, "TECHNICAL", 30,
                List.of(assess("security", 1.0, true, 3), assess("testing", 1.0, false, 2)),
                List.of(ask(bank.jwt().id(), 10), ask(bank.fixtures().id(), 25))))), "/stages/0/questions");
    }

    @Test
    void aQuestionAskedTwiceIsReportedAtItsSecondUse() {
        assertDraftProblems(plan(positionId, "Repeat", List.of(
                stage(TECHNICAL, "TECHNICAL", 60, List.of(assess("security", 1.0, true, 3)), List.of(ask(bank.jwt().id(), 10))),
                stage(DESIGN, "DESIGN", 45, List.of(assess("security", 1.0, true, 3)),
                        List.of(ask(bank.csrf().id(), 10), ask(bank.jwt().id(), 10))))), "/stages/1/questions/1");
    }

    @Test
    void aRetiredQuestionIsReportedWhenAddedAndWhenRetiredAfterwards() {
        UUID planId = id(api.post("/api/v1/plans", team.admin(), validPlan(positionId, bank)));
        fixtures.retire(bank.csrf().id());

        Answer read = api.get("/api/v1/plans/" + planId, team.admin());
        Answer added = api.post("/api/v1/plans", team.admin(), validPlan(positionId, bank));

        assertThat(read.json().get("valid").asBoolean()).isFalse();
        assertThat(fields(read.json().get("problems"))).containsExactly("/stages/1/questions/0");
        assertThat(added.status()).isEqualTo(201);
        assertThat(fields(added.json().get("problems"))).containsExactly("/stages/1/questions/0");
        assertThat(added.json().at("/stages/1/questions/0/retired").asBoolean()).isTrue();
    }

    @Test
    void publishRefusesAnInvalidDraftWithEveryProblemTheDraftReports() {
        Map<String, Object> broken = plan(positionId, "Broken", List.of(
                stage(TECHNICAL, "TECHNICAL", 20, List.of(assess("security", 2.0, true, 3), assess("testing", 1.0, false, 2)),
                        List.of(ask(bank.jwt().id(), 10), ask(bank.csrf().id(), 15))),
                stage(DESIGN, "DESIGN", 45, List.of(assess("security", 1.0, false, 3)), List.of(ask(bank.jwt().id(), 10))),
                stage("Chat", "BEHAVIORAL", 30, List.of(), List.of())));
        UUID planId = id(api.post("/api/v1/plans", team.admin(), broken));
        JsonNode draft = api.get("/api/v1/plans/" + planId, team.admin()).json();

        Answer publish = PlanFixtures.publish(api, team.admin(), planId);

        List<String> pointers = List.of("/stages/0/topics/1", "/stages/0/questions", "/stages/1/topics/0",
                "/stages/1/questions/0", "/stages/2/topics");
        assertThat(fields(draft.get("problems"))).containsExactlyElementsOf(pointers);
        assertThat(publish.status()).as(publish.toString()).isEqualTo(422);
        assertThat(publish.isProblem()).isTrue();
        assertThat(publish.problemType()).isEqualTo("plan-invalid");
        assertThat(publish.json().get("errors")).isEqualTo(draft.get("problems"));
        publish.json().get("errors").forEach(error -> assertThat(error.get("message").asText()).isNotBlank());
        assertThat(api.get("/api/v1/plans/" + planId, team.admin()).json().get("status").asText()).isEqualTo("DRAFT");
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'plan.published'")).isZero();
    }

    @Test
    void putAndGetOfADraftCarryTheSameReport() {
        UUID planId = id(api.post("/api/v1/plans", team.admin(), validPlan(positionId, bank)));
        Map<String, Object> tooLong = plan(positionId, "Too long", List.of(stage(TECHNICAL, "TECHNICAL", 15,
                List.of(assess("security", 1.0, true, 3)), List.of(ask(bank.jwt().id(), 10), ask(bank.csrf().id(), 10)))));

        Answer put = api.putCurrent("/api/v1/plans/" + planId, team.admin(), tooLong);
        Answer get = api.get("/api/v1/plans/" + planId, team.admin());

        assertThat(put.status()).isEqualTo(200);
        assertThat(put.json().get("valid").asBoolean()).isFalse();
        assertThat(fields(put.json().get("problems"))).containsExactly("/stages/0/questions");
        assertThat(get.json().get("problems")).isEqualTo(put.json().get("problems"));
        assertThat(get.json().get("valid").asBoolean()).isFalse();
    }

    @Test
    void unknownTopicsQuestionsAndRevisionsAreRefusedWithPointersAndWriteNothing() {
        Answer created = api.post("/api/v1/plans", team.admin(), validPlan(positionId, bank));
        Map<String, Object> unknown = plan(positionId, "Renamed", List.of(stage(TECHNICAL, "TECHNICAL", 60,
                List.of(assess("security", 1.0, true, 3), assess("testing", 1.0, false, 2), assess("astrology", 1.0, false, 2)),
                List.of(ask(bank.jwt().id(), 7, 10), ask(bank.fixtures().id(), 10), ask(UUID.randomUUID(), 10)))));

        Answer answer = api.putCurrent("/api/v1/plans/" + id(created), team.admin(), unknown);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(answer.isProblem()).isTrue();
        assertThat(fields(answer.json().get("errors"))).containsExactly("/stages/0/topics/2/topicKey",
                "/stages/0/questions/0/revision", "/stages/0/questions/2/questionId");
        JsonNode after = api.get("/api/v1/plans/" + id(created), team.admin()).json();
        assertThat(after.get("name").asText()).isEqualTo("Backend Engineer");
        assertThat(after.get("editVersion")).isEqualTo(created.json().get("editVersion"));
        assertThat(after.get("stages")).isEqualTo(created.json().get("stages"));
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'plan.updated'")).isZero();
    }

    @Test
    void aNewPlanNamingAnUnknownQuestionIsNotCreated() {
        Answer answer = api.post("/api/v1/plans", team.admin(), plan(positionId, "Ghost", List.of(
                stage(TECHNICAL, "TECHNICAL", 60, List.of(assess("security", 1.0, true, 3)),
                        List.of(ask(UUID.randomUUID(), 10))))));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(fields(answer.json().get("errors"))).containsExactly("/stages/0/questions/0/questionId");
        assertThat(count("SELECT count(*) FROM plans")).isZero();
        assertThat(count("SELECT count(*) FROM audit_events WHERE action LIKE 'plan.%'")).isZero();
    }

    private void assertDraftProblems(Map<String, Object> body, String... pointers) {
        Answer answer = api.post("/api/v1/plans", team.admin(), body);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(answer.json().get("valid").asBoolean()).isFalse();
        assertThat(fields(answer.json().get("problems"))).containsExactly(pointers);
        answer.json().get("problems").forEach(p -> assertThat(p.get("message").asText()).isNotBlank());

        Answer publish = PlanFixtures.publish(api, team.admin(), id(answer));
        assertThat(publish.status()).as(publish.toString()).isEqualTo(422);
        assertThat(publish.problemType()).isEqualTo("plan-invalid");
        assertThat(fields(publish.json().get("errors"))).containsExactly(pointers);
    }
}
