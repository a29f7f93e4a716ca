package io.panelist.plans;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.panelist.plans.PlanFixtures.TECHNICAL;
import static io.panelist.plans.PlanFixtures.ask;
import static io.panelist.plans.PlanFixtures.assess;
import static io.panelist.plans.PlanFixtures.id;
import static io.panelist.plans.PlanFixtures.newVersion;
import static io.panelist.plans.PlanFixtures.plan;
import static io.panelist.plans.PlanFixtures.publish;
import static io.panelist.plans.PlanFixtures.stage;
import static io.panelist.plans.PlanFixtures.validPlan;
import static org.assertj.core.api.Assertions.assertThat;

/** Publishing, immutability, versions and archiving, and what a plan pins: question revisions and rubric versions. */
class PlanVersionsApiTest extends IntegrationTest {
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
    void theHiringManagerPublishesAValidDraft() {
        Answer draft = api.post("/api/v1/plans", team.interviewer(), validPlan(positionId, bank));

        Answer published = publish(api, team.manager(), id(draft));

        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.json().get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(published.json().get("publishedAt").asText()).isNotBlank();
        assertThat(published.json().get("valid").asBoolean()).isTrue();
        assertThat(published.json().get("problems")).isEmpty();
        assertThat(published.json().get("stages")).isEqualTo(draft.json().get("stages"));
        assertThat(published.header("ETag")).isEqualTo("\"" + published.json().get("editVersion").asLong() + "\"");
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'plan.published' AND entity_id = '"
                + id(draft) + "' AND actor_id = '" + team.managerId() + "'")).isEqualTo(1);
    }

    @Test
    void aPublishedPlanNeverChanges() {
        UUID planId = id(api.post("/api/v1/plans", team.admin(), validPlan(positionId, bank)));
        JsonNode published = publish(api, team.admin(), planId).json();

        Answer put = api.putCurrent("/api/v1/plans/" + planId, team.admin(),
                PlanFixtures.with(validPlan(positionId, bank), "name", "Changed"));
        Answer again = publish(api, team.admin(), planId);

        assertThat(put.status()).as(put.toString()).isEqualTo(409);
        assertThat(put.isProblem()).isTrue();
        assertThat(put.problemType()).isEqualTo("plan-published");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problemType()).isEqualTo("plan-published");
        assertThat(api.get("/api/v1/plans/" + planId, team.admin()).json()).isEqualTo(published);
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'plan.updated'")).isZero();
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'plan.published'")).isEqualTo(1);
    }

    @Test
    void aNewVersionIsADraftCopyOfEverything() {
        UUID v1 = id(api.post("/api/v1/plans", team.admin(), plan(positionId, "Strict", 2.5, 3.25,
                PlanFixtures.validStages(bank))));
        JsonNode published = publish(api, team.admin(), v1).json();

        Answer copy = newVersion(api, team.interviewer(), v1);

        assertThat(copy.status()).as(copy.toString()).isEqualTo(201);
        JsonNode v2 = copy.json();
        assertThat(copy.header("Location")).isEqualTo("/api/v1/plans/" + v2.get("id").asText());
        assertThat(v2.get("id").asText()).isNotEqualTo(v1.toString());
        assertThat(v2.get("version").asInt()).isEqualTo(2);
        assertThat(v2.get("status").asText()).isEqualTo("DRAFT");
        assertThat(v2.get("publishedAt").isNull()).isTrue();
        assertThat(v2.get("name").asText()).isEqualTo("Strict");
        assertThat(v2.get("policy")).isEqualTo(published.get("policy"));
        assertThat(v2.get("coverage")).isEqualTo(published.get("coverage"));
        assertThat(withoutIds(v2.get("stages"))).isEqualTo(withoutIds(published.get("stages")));
        assertThat(v2.at("/stages/0/id").asText()).isNotEqualTo(published.at("/stages/0/id").asText());
        assertThat(v2.get("valid").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/plans/" + v1, team.admin()).json().get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'plan.created' AND entity_id = '"
                + id(copy) + "' AND actor_id = '" + team.interviewerId() + "'")).isEqualTo(1);
    }

    @Test
    void publishingANewVersionArchivesThePreviousOneOfThatPositionOnly() {
        UUID otherPosition = fixtures.position("Frontend Engineer", team.managerId()).id();
        UUID other = id(api.post("/api/v1/plans", team.admin(), validPlan(otherPosition, bank)));
        publish(api, team.admin(), other);
        UUID v1 = id(api.post("/api/v1/plans", team.admin(), validPlan(positionId, bank)));
        publish(api, team.admin(), v1);
        UUID v2 = id(newVersion(api, team.admin(), v1));

        Answer published = publish(api, team.manager(), v2);

        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(status(v1)).isEqualTo("ARCHIVED");
        assertThat(status(v2)).isEqualTo("PUBLISHED");
        assertThat(status(other)).isEqualTo("PUBLISHED");
        assertThat(api.get("/api/v1/plans?positionId=" + positionId + "&status=PUBLISHED", team.admin())
                .json().get("items")).extracting(p -> p.get("id").asText()).containsExactly(v2.toString());
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'plan.archived' AND entity_id = '"
                + v1 + "'")).isEqualTo(1);
        Answer putArchived = api.putCurrent("/api/v1/plans/" + v1, team.admin(), validPlan(positionId, bank));
        assertThat(putArchived.status()).isEqualTo(409);
        assertThat(putArchived.problemType()).isIn("plan-published", "plan-archived");
    }

    @Test
    void anArchivedPlanCanStillStartANewVersion() {
        UUID v1 = id(api.post("/api/v1/plans", team.admin(), validPlan(positionId, bank)));
        publish(api, team.admin(), v1);
        publish(api, team.admin(), id(newVersion(api, team.admin(), v1)));

        Answer v3 = newVersion(api, team.admin(), v1);

        assertThat(v3.status()).isEqualTo(201);
        assertThat(v3.json().get("version").asInt()).isEqualTo(3);
        assertThat(v3.json().get("status").asText()).isEqualTo("DRAFT");
    }

    @Test
    void aQuestionEditNeverChangesAPlanThatPinnedTheEarlierRevision() {
        UUID planId = id(api.post("/api/v1/plans", team.admin(), validPlan(positionId, bank)));
        Answer revised = api.putCurrent("/api/v1/questions/" + bank.jwt().id(), team.interviewer(),
                PlanFixtures.questionBody(bank.jwt(), "Explain JWT signatures.", 10));
        assertThat(revised.json().get("revision").asInt()).as(revised.toString()).isEqualTo(2);

        JsonNode draft = api.get("/api/v1/plans/" + planId, team.admin()).json();
        JsonNode resaved = api.putCurrent("/api/v1/plans/" + planId, team.admin(), validPlan(positionId, bank)).json();
        publish(api, team.admin(), planId);
        api.putCurrent("/api/v1/questions/" + bank.jwt().id(), team.interviewer(),
                PlanFixtures.questionBody(bank.jwt(), "Explain JWT expiry.", 10));
        JsonNode published = api.get("/api/v1/plans/" + planId, team.admin()).json();
        JsonNode copied = newVersion(api, team.admin(), planId).json();

        for (JsonNode plan : List.of(draft, resaved, published, copied)) {
            assertThat(plan.at("/stages/0/questions/0/revision").asInt()).isEqualTo(1);
            assertThat(plan.at("/stages/0/questions/0/prompt").asText()).isEqualTo("How does a JWT prove who sent it?");
            assertThat(plan.at("/stages/0/questions/0/followUps/0").asText()).isEqualTo("Why?");
        }
    }

    @Test
    void aDraftMovesToANewerRevisionOnlyWhenAskedTo() {
        UUID planId = id(api.post("/api/v1/plans", team.admin(), validPlan(positionId, bank)));
        api.putCurrent("/api/v1/questions/" + bank.jwt().id(), team.interviewer(),
                PlanFixtures.questionBody(bank.jwt(), "Explain JWT signatures.", 12));

        Answer moved = api.putCurrent("/api/v1/plans/" + planId, team.admin(), plan(positionId,
                "Backend Engineer", List.of(
                stage(TECHNICAL, "TECHNICAL", 60, List.of(assess("security", 1.0, true, 3)),
                        List.of(ask(bank.jwt().id(), 2, 12))))));

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().at("/stages/0/questions/0/revision").asInt()).isEqualTo(2);
        assertThat(moved.json().at("/stages/0/questions/0/prompt").asText()).isEqualTo("Explain JWT signatures.");
    }

    @Test
    void aPublishedPlanShowsTheRubricInForceWhenItWasPublishedWhileADraftShowsTheCurrentOne() {
        UUID v1 = id(api.post("/api/v1/plans", team.admin(), validPlan(positionId, bank)));
        publish(api, team.admin(), v1);

        Answer edited = api.putCurrent("/api/v1/topics/" + bank.security().id(), team.interviewer(),
                PlanFixtures.topicBody(bank.security(), "v2"));
        assertThat(edited.json().get("rubricVersion").asInt()).as(edited.toString()).isEqualTo(2);
        JsonNode published = api.get("/api/v1/plans/" + v1, team.admin()).json();
        UUID v2 = id(newVersion(api, team.admin(), v1));
        JsonNode draft = api.get("/api/v1/plans/" + v2, team.admin()).json();

        assertRubric(published, "v1", 1);
        assertRubric(draft, "v2", 2);

        publish(api, team.admin(), v2);
        api.putCurrent("/api/v1/topics/" + bank.security().id(), team.interviewer(),
                PlanFixtures.topicBody(bank.security(), "v3"));
        assertRubric(api.get("/api/v1/plans/" + v2, team.admin()).json(), "v2", 2);
        assertRubric(api.get("/api/v1/plans/" + v1, team.admin()).json(), "v1", 1);
    }

    /** Every use of the security topic in the plan shows the anchors of this rubric. */
    private static void assertRubric(JsonNode plan, String rubric, int rubricVersion) {
        for (String at : List.of("/stages/0/topics/0", "/stages/1/topics/0")) {
            JsonNode security = plan.at(at);
            assertThat(security.get("topicKey").asText()).isEqualTo("security");
            assertThat(security.get("rubricVersion").asInt()).as(plan.get("status") + " " + at).isEqualTo(rubricVersion);
            assertThat(security.get("anchors")).extracting(a -> a.get("descriptor").asText()).containsExactly(
                    PlanFixtures.descriptor("security", rubric, 1), PlanFixtures.descriptor("security", rubric, 2),
                    PlanFixtures.descriptor("security", rubric, 3), PlanFixtures.descriptor("security", rubric, 4));
        }
    }

    private String status(UUID planId) {
        return api.get("/api/v1/plans/" + planId, team.admin()).json().get("status").asText();
    }

    private static JsonNode withoutIds(JsonNode stages) {
        JsonNode copy = stages.deepCopy();
        copy.forEach(stage -> ((com.fasterxml.jackson.databind.node.ObjectNode) stage).remove("id"));
        return copy;
    }
}
