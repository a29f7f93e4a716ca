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
import static io.panelist.plans.PlanFixtures.id;
import static io.panelist.plans.PlanFixtures.plan;
import static io.panelist.plans.PlanFixtures.stage;
import static io.panelist.plans.PlanFixtures.validPlan;
import static org.assertj.core.api.Assertions.assertThat;

/** Drafts: creating, reading the interview kit and coverage, replacing whole, listing, optimistic locking. */
class PlansApiTest extends IntegrationTest {
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
    void anInterviewerCreatesADraftThatIsVersionOneOfItsPosition() {
        Answer created = api.post("/api/v1/plans", team.interviewer(), validPlan(positionId, bank));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode plan = created.json();
        assertThat(created.header("Location")).isEqualTo("/api/v1/plans/" + plan.get("id").asText());
        assertThat(created.header("ETag")).isEqualTo("\"" + plan.get("editVersion").asLong() + "\"");
        assertThat(plan.get("positionId").asText()).isEqualTo(positionId.toString());
        assertThat(plan.get("positionTitle").asText()).isEqualTo("Backend Engineer");
        assertThat(plan.get("name").asText()).isEqualTo("Backend Engineer");
        assertThat(plan.get("version").asInt()).isEqualTo(1);
        assertThat(plan.get("status").asText()).isEqualTo("DRAFT");
        assertThat(plan.get("valid").asBoolean()).isTrue();
        assertThat(plan.get("problems")).isEmpty();
        assertThat(plan.get("publishedAt").isNull()).isTrue();
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'plan.created' AND entity_id = '"
                + id(created) + "' AND actor_id = '" + team.interviewerId() + "'")).isEqualTo(1);
    }

    @Test
    void withoutAPolicyTheDefaultThresholdsApplyAndAGivenPolicyIsKept() {
        Answer defaulted = api.post("/api/v1/plans", team.admin(), validPlan(positionId, bank));
        Answer given = api.post("/api/v1/plans", team.admin(), plan(positionId, "Strict", 2.5, 3.25,
                List.of(stage(TECHNICAL, "TECHNICAL", 60, List.of(assess("security", 1.0, true, 3)),
                        List.of(ask(bank.jwt().id(), 10))))));

        assertThat(defaulted.json().at("/policy/hireThreshold").asDouble()).isEqualTo(3.0);
        assertThat(defaulted.json().at("/policy/strongHireThreshold").asDouble()).isEqualTo(3.5);
        assertThat(given.json().at("/policy/hireThreshold").asDouble()).isEqualTo(2.5);
        assertThat(given.json().at("/policy/strongHireThreshold").asDouble()).isEqualTo(3.25);
    }

    @Test
    void eachNewPlanOfAPositionTakesTheNextVersionNumber() {
        UUID otherPosition = fixtures.position("Frontend Engineer", team.managerId()).id();

        Answer first = api.post("/api/v1/plans", team.admin(), validPlan(positionId, bank));
        Answer second = api.post("/api/v1/plans", team.admin(), validPlan(positionId, bank));
        Answer elsewhere = api.post("/api/v1/plans", team.admin(), validPlan(otherPosition, bank));

        assertThat(first.json().get("version").asInt()).isEqualTo(1);
        assertThat(second.json().get("version").asInt()).isEqualTo(2);
        assertThat(elsewhere.json().get("version").asInt()).isEqualTo(1);
    }

    @Test
    void oneGetCarriesTheWholeInterviewKit() {
        UUID planId = id(api.post("/api/v1/plans", team.admin(), validPlan(positionId, bank)));

        Answer answer = api.get("/api/v1/plans/" + planId, team.interviewer());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("ETag")).isEqualTo("\"" + answer.json().get("editVersion").asLong() + "\"");
        JsonNode technical = answer.json().at("/stages/0");
        assertThat(technical.get("id").asText()).isNotBlank();
        assertThat(technical.get("name").asText()).isEqualTo(TECHNICAL);
        assertThat(technical.get("kind").asText()).isEqualTo("TECHNICAL");
        assertThat(technical.get("minutes").asInt()).isEqualTo(60);
        assertThat(technical.get("questionMinutes").asInt()).isEqualTo(25);

        JsonNode security = technical.at("/topics/0");
        assertThat(security.get("topicKey").asText()).isEqualTo("security");
        assertThat(security.get("name").asText()).isEqualTo("Security");
        assertThat(security.get("weight").asDouble()).isEqualTo(2.0);
        assertThat(security.get("mustHave").asBoolean()).isTrue();
        assertThat(security.get("minScore").asInt()).isEqualTo(3);
        assertThat(security.get("anchors")).extracting(a -> a.get("score").asInt()).containsExactly(1, 2, 3, 4);
        assertThat(security.get("anchors")).extracting(a -> a.get("label").asText())
                .containsExactly("Strong no", "No", "Yes", "Strong yes");
        assertThat(security.get("anchors")).extracting(a -> a.get("descriptor").asText()).containsExactly(
                PlanFixtures.descriptor("security", "v1", 1), PlanFixtures.descriptor("security", "v1", 2),
                PlanFixtures.descriptor("security", "v1", 3), PlanFixtures.descriptor("security", "v1", 4));
        assertThat(technical.at("/topics/1/topicKey").asText()).isEqualTo("testing");

        JsonNode jwt = technical.at("/questions/0");
        assertThat(jwt.get("questionId").asText()).isEqualTo(bank.jwt().id().toString());
        assertThat(jwt.get("revision").asInt()).isEqualTo(1);
        assertThat(jwt.get("minutes").asInt()).isEqualTo(10);
        assertThat(jwt.get("topicKey").asText()).isEqualTo("security");
        assertThat(jwt.get("prompt").asText()).isEqualTo("How does a JWT prove who sent it?");
        assertThat(jwt.get("guidance").asText()).isEqualTo("A strong answer to: How does a JWT prove who sent it?");
        assertThat(jwt.get("followUps")).extracting(JsonNode::asText).containsExactly("Why?", "What breaks first?");
        assertThat(technical.at("/questions/1/questionId").asText()).isEqualTo(bank.fixtures().id().toString());

        JsonNode design = answer.json().at("/stages/1");
        assertThat(design.get("name").asText()).isEqualTo(DESIGN);
        assertThat(design.get("kind").asText()).isEqualTo("DESIGN");
        assertThat(design.at("/topics/0/anchors")).hasSize(4);
        assertThat(design.at("/questions/0/prompt").asText()).isEqualTo("What does a CSRF token protect against?");
    }

    @Test
    void theCoverageSummaryListsEachTopicWithItsStagesWeightQuestionsAndMustHave() {
        Answer answer = api.post("/api/v1/plans", team.admin(), validPlan(positionId, bank));

        JsonNode coverage = answer.json().get("coverage");
        assertThat(coverage).hasSize(2);
        assertThat(coverage.at("/0/topicKey").asText()).isEqualTo("security");
        assertThat(coverage.at("/0/name").asText()).isEqualTo("Security");
        assertThat(coverage.at("/0/stages")).extracting(JsonNode::asText).containsExactly(TECHNICAL, DESIGN);
        assertThat(coverage.at("/0/totalWeight").asDouble()).isEqualTo(3.5);
        assertThat(coverage.at("/0/questions").asInt()).isEqualTo(2);
        assertThat(coverage.at("/0/mustHave").asBoolean()).isTrue();
        assertThat(coverage.at("/1/topicKey").asText()).isEqualTo("testing");
        assertThat(coverage.at("/1/stages")).extracting(JsonNode::asText).containsExactly(TECHNICAL);
        assertThat(coverage.at("/1/totalWeight").asDouble()).isEqualTo(1.0);
        assertThat(coverage.at("/1/questions").asInt()).isEqualTo(1);
        assertThat(coverage.at("/1/mustHave").asBoolean()).isFalse();
    }

    @Test
    void putReplacesTheDraftWholeAndKeepsTheStageIdsItRepeats() {
        Answer created = api.post("/api/v1/plans", team.admin(), validPlan(positionId, bank));
        String technicalId = created.json().at("/stages/0/id").asText();
        String designId = created.json().at("/stages/1/id").asText();
        Map<String, Object> technical = PlanFixtures.with(stage(TECHNICAL, "TECHNICAL", 50,
                List.of(assess("security", 3.0, true, 3)), List.of(ask(bank.jwt().id(), 10))), "id", technicalId);
        Map<String, Object> pairing = stage("Pairing", "TAKE_HOME", 90, List.of(assess("testing", 1.0, false, 2)),
                List.of(ask(bank.fixtures().id(), 30)));

        Answer updated = api.putCurrent("/api/v1/plans/" + id(created), team.interviewer(),
                plan(positionId, "Backend Engineer II", List.of(technical, pairing)));

        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        JsonNode plan = updated.json();
        assertThat(plan.get("name").asText()).isEqualTo("Backend Engineer II");
        assertThat(plan.get("stages")).extracting(s -> s.get("name").asText()).containsExactly(TECHNICAL, "Pairing");
        assertThat(plan.at("/stages/0/id").asText()).isEqualTo(technicalId);
        assertThat(plan.at("/stages/0/minutes").asInt()).isEqualTo(50);
        assertThat(plan.at("/stages/0/topics")).hasSize(1);
        assertThat(plan.at("/stages/1/id").asText()).isNotIn(technicalId, designId);
        assertThat(plan.at("/stages/1/kind").asText()).isEqualTo("TAKE_HOME");
        assertThat(plan.get("editVersion").asLong()).isEqualTo(created.json().get("editVersion").asLong() + 1);
        assertThat(plan.get("version").asInt()).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM plan_stages")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM stage_questions")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'plan.updated' AND entity_id = '"
                + id(created) + "' AND actor_id = '" + team.interviewerId() + "'")).isEqualTo(1);
    }

    @Test
    void questionMinutesDefaultToTheMinutesOfTheQuestion() {
        Answer created = api.post("/api/v1/plans", team.admin(), plan(positionId, "Defaults", List.of(
                stage(TECHNICAL, "TECHNICAL", 60, List.of(assess("security", 1.0, true, 3)),
                        List.of(Map.of("questionId", bank.csrf().id()))))));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().at("/stages/0/questions/0/minutes").asInt()).isEqualTo(20);
        assertThat(created.json().at("/stages/0/questions/0/revision").asInt()).isEqualTo(1);
    }

    @Test
    void theListFiltersByPositionAndStatus() {
        UUID otherPosition = fixtures.position("Frontend Engineer", team.managerId()).id();
        UUID first = id(api.post("/api/v1/plans", team.admin(), validPlan(positionId, bank)));
        PlanFixtures.publish(api, team.admin(), first);
        UUID second = id(PlanFixtures.newVersion(api, team.admin(), first));
        UUID elsewhere = id(api.post("/api/v1/plans", team.admin(), validPlan(otherPosition, bank)));

        Answer ofPosition = api.get("/api/v1/plans?positionId=" + positionId, team.recruiter());
        Answer published = api.get("/api/v1/plans?positionId=" + positionId + "&status=PUBLISHED", team.recruiter());
        Answer drafts = api.get("/api/v1/plans?status=DRAFT", team.recruiter());

        assertThat(ofPosition.status()).isEqualTo(200);
        assertThat(ofPosition.json().get("total").asLong()).isEqualTo(2);
        assertThat(ofPosition.json().get("items")).extracting(p -> p.get("id").asText())
                .containsExactly(second.toString(), first.toString());
        assertThat(ofPosition.json().at("/items/0/version").asInt()).isEqualTo(2);
        assertThat(ofPosition.json().at("/items/0/stageCount").asInt()).isEqualTo(2);
        assertThat(ofPosition.json().at("/items/0/positionTitle").asText()).isEqualTo("Backend Engineer");
        assertThat(published.json().get("items")).extracting(p -> p.get("id").asText()).containsExactly(first.toString());
        assertThat(drafts.json().get("items")).extracting(p -> p.get("id").asText())
                .containsExactlyInAnyOrder(second.toString(), elsewhere.toString());
        assertThat(api.get("/api/v1/plans?size=1", team.recruiter()).json().get("items")).hasSize(1);
    }

    @Test
    void aWriteCarryingAStaleIfMatchIsRefusedAndChangesNothing() {
        Answer created = api.post("/api/v1/plans", team.admin(), validPlan(positionId, bank));
        String read = created.header("ETag");
        Answer fresh = api.call("PUT", "/api/v1/plans/" + id(created)).token(team.admin()).header("If-Match", read)
                .json(PlanFixtures.with(validPlan(positionId, bank), "name", "Renamed")).send();

        Answer stalePut = api.call("PUT", "/api/v1/plans/" + id(created)).token(team.admin()).header("If-Match", read)
                .json(PlanFixtures.with(validPlan(positionId, bank), "name", "Lost update")).send();
        Answer stalePublish = api.call("POST", "/api/v1/plans/" + id(created) + "/publish").token(team.admin())
                .header("If-Match", read).send();

        assertThat(fresh.status()).as(fresh.toString()).isEqualTo(200);
        assertThat(fresh.header("ETag")).isNotEqualTo(read);
        assertThat(stalePut.status()).as(stalePut.toString()).isEqualTo(412);
        assertThat(stalePut.problemType()).isEqualTo("stale-version");
        assertThat(stalePublish.status()).as(stalePublish.toString()).isEqualTo(412);
        JsonNode now = api.get("/api/v1/plans/" + id(created), team.admin()).json();
        assertThat(now.get("name").asText()).isEqualTo("Renamed");
        assertThat(now.get("status").asText()).isEqualTo("DRAFT");
        assertThat(count("SELECT count(*) FROM audit_events WHERE action LIKE 'plan.%'")).isEqualTo(2);
    }
}
