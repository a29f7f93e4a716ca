package io.panelist.scheduling.findtimes;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.scheduling.SchedulingFixtures;
import io.panelist.scheduling.SchedulingFixtures.Opening;
import io.panelist.scheduling.SchedulingFixtures.Team;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What find-times refuses, each answer a problem naming the field, and who may ask at all. */
class FindTimesRefusalsTest extends IntegrationTest {
    @Inject
    SchedulingFixtures fixtures;
    Team team;
    Opening opening;
    Opening other;
    UUID zoe;
    String recruiter;

    @BeforeEach
    void openTwoPositions() {
        team = fixtures.team();
        opening = fixtures.openingWithPublishedPlan(team.admin(), team.manager(), "Backend Engineer");
        other = fixtures.openingWithPublishedPlan(team.admin(), team.manager(), "Data Engineer");
        zoe = fixtures.applicant(team.admin(), opening, "Zoe Example");
        recruiter = api.login(SchedulingFixtures.RECRUITER, TestUsers.PASSWORD);
    }

    @Test
    void aWindowLongerThanSixtyDaysOrEndingBeforeItStartsIsRefused() {
        assertRefused(with("to", "2030-05-10T08:00:01Z"), 400, "to");
        assertThat(findTimes(with("to", "2030-05-10T08:00:00Z")).status()).isEqualTo(200);
        assertRefused(with("to", "2030-03-11T08:00:00Z"), 400, "to");
        assertRefused(with("to", "2030-03-10T08:00:00Z"), 400, "to");
    }

    @Test
    void aPanelOfNoneOrMoreThanEightIsRefused() {
        assertRefused(with("panelSize", 0), 400, "panelSize");
        assertRefused(with("panelSize", 9), 400, "panelSize");
        assertRefused(with("panelSize", null), 400, "panelSize");
        assertThat(findTimes(with("panelSize", 8)).status()).isEqualTo(200);
    }

    @Test
    void aLimitOutsideOneToFiftyIsRefused() {
        assertRefused(with("limit", 0), 400, "limit");
        assertRefused(with("limit", 51), 400, "limit");
    }

    @Test
    void aCandidateWindowEndingBeforeItStartsIsRefused() {
        assertRefused(with("candidateAvailability", List.of(Map.of("from", "2030-03-11T10:00:00Z",
                "to", "2030-03-11T09:00:00Z"))), 400, "candidateAvailability[0].to");
    }

    @Test
    void aStageOfAnotherPlanIsUnprocessable() {
        assertRefused(with("stageId", other.screenStageId()), 422, "stageId");
        assertRefused(with("stageId", UUID.randomUUID()), 422, "stageId");
    }

    @Test
    void anUnknownOrIneligibleRequiredPanelistIsUnprocessable() {
        assertRefused(with("requiredPanelistIds", List.of(team.ana(), UUID.randomUUID())), 422,
                "requiredPanelistIds[1]");
        assertRefused(with("requiredPanelistIds", List.of(team.recruiter())), 422, "requiredPanelistIds[0]");
        assertRefused(with("requiredPanelistIds", List.of(team.ana(), team.ben())).with("panelSize", 1), 422,
                "requiredPanelistIds");
    }

    @Test
    void anUnknownApplicationIsNotFound() {
        Answer answer = api.post("/api/v1/applications/" + UUID.randomUUID() + "/find-times", recruiter,
                body().values());

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.isProblem()).isTrue();
    }

    @Test
    void onlyRecruitersAndAdministratorsMayAsk() {
        String path = "/api/v1/applications/" + zoe + "/find-times";
        assertThat(api.post(path, null, body().values()).status()).isEqualTo(401);
        for (String email : List.of(SchedulingFixtures.ANA, SchedulingFixtures.MANAGER)) {
            Answer answer = api.post(path, api.login(email, TestUsers.PASSWORD), body().values());
            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.isProblem()).isTrue();
        }
        assertThat(api.post(path, api.login(SchedulingFixtures.ADMIN, TestUsers.PASSWORD), body().values()).status())
                .isEqualTo(200);
    }

    private void assertRefused(Body body, int status, String field) {
        Answer answer = findTimes(body);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.isProblem()).isTrue();
        JsonNode errors = answer.json().get("errors");
        assertThat(errors).as(answer.toString()).extracting(e -> e.get("field").asText()).contains(field);
    }

    private Answer findTimes(Body body) {
        return api.post("/api/v1/applications/" + zoe + "/find-times", recruiter, body.values());
    }

    private Body with(String field, Object value) {
        return body().with(field, value);
    }

    private Body body() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("stageId", opening.screenStageId());
        values.put("from", "2030-03-11T08:00:00Z");
        values.put("to", "2030-03-12T08:00:00Z");
        values.put("panelSize", 2);
        return new Body(values);
    }

    /** A request body, changed one field at a time. */
    private record Body(Map<String, Object> values) {
        Body with(String field, Object value) {
            Map<String, Object> changed = new LinkedHashMap<>(values);
            changed.put(field, value);
            return new Body(changed);
        }
    }
}
