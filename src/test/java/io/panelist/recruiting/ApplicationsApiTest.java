package io.panelist.recruiting;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.scheduling.SchedulingFixtures;
import io.panelist.scheduling.SchedulingFixtures.Opening;
import io.panelist.scheduling.SchedulingFixtures.Team;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.panelist.scheduling.SchedulingFixtures.booking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/** Applications: a candidate for an open position, pinned to its published plan, closed with a reason. */
class ApplicationsApiTest extends IntegrationTest {
    @Inject
    SchedulingFixtures fixtures;
    Team team;
    Opening opening;
    UUID zoe;
    String recruiter;

    @BeforeEach
    void openAPosition() {
        team = fixtures.team();
        opening = fixtures.openingWithPublishedPlan(team.admin(), team.manager(), "Backend Engineer");
        zoe = fixtures.candidate(team.admin(), "Zoe Example");
        recruiter = api.login(SchedulingFixtures.RECRUITER, TestUsers.PASSWORD);
    }

    @Test
    void aCandidateAppliesToAnOpenPositionAndIsPinnedToItsPublishedPlan() {
        Answer created = apply(zoe, opening.positionId());

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode application = created.json();
        String id = application.get("id").asText();
        assertThat(created.header("Location")).isEqualTo("/api/v1/applications/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(application.get("planId").asText()).isEqualTo(opening.planId().toString());
        assertThat(application.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(application.get("candidateName").asText()).isEqualTo("Zoe Example");
        assertThat(application.get("positionTitle").asText()).isEqualTo("Backend Engineer");
        assertThat(application.get("hiringManagerId").asText()).isEqualTo(team.manager().toString());
        assertThat(api.get("/api/v1/applications/" + id, recruiter).json().get("status").asText()).isEqualTo("ACTIVE");
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'application.created' AND entity_id = '"
                + id + "' AND actor_id = '" + team.recruiter() + "'")).isEqualTo(1);
    }

    @Test
    void aPositionWithoutAPublishedPlanOrThatIsClosedTakesNoApplications() {
        UUID unplanned = fixtures.positionWithoutPlan(team.admin(), team.manager(), "Frontend Engineer");
        Opening closed = fixtures.openingWithPublishedPlan(team.admin(), team.manager(), "Data Engineer");
        fixtures.closePosition(team.admin(), closed.positionId());

        for (UUID position : List.of(unplanned, closed.positionId(), UUID.randomUUID())) {
            Answer refused = apply(zoe, position);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.json().get("errors")).extracting(e -> e.get("field").asText()).contains("positionId");
        }
        Answer unknownCandidate = apply(UUID.randomUUID(), opening.positionId());
        assertThat(unknownCandidate.status()).isEqualTo(422);
        assertThat(unknownCandidate.json().at("/errors/0/field").asText()).isEqualTo("candidateId");
        assertThat(count("SELECT count(*) FROM applications")).isZero();
    }

    @Test
    void aCandidateHasOneActiveApplicationPerPositionAndMayReapplyOnceItIsClosed() {
        String first = apply(zoe, opening.positionId()).json().get("id").asText();

        Answer duplicate = apply(zoe, opening.positionId());
        close(first, "WITHDRAWN", "Took another offer");
        Answer reapplied = apply(zoe, opening.positionId());

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.problemType()).isEqualTo("application-exists");
        assertThat(reapplied.status()).isEqualTo(201);
        JsonNode list = api.get("/api/v1/applications?candidateId=" + zoe, recruiter).json();
        assertThat(list.get("items")).extracting(a -> a.get("status").asText())
                .containsExactlyInAnyOrder("ACTIVE", "WITHDRAWN");
    }

    @Test
    void theDatabaseItselfRefusesASecondActiveApplication() throws SQLException {
        apply(zoe, opening.positionId());

        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("""
                    INSERT INTO applications (id, candidate_id, position_id, plan_id, status, created_at, updated_at)
                    VALUES (gen_random_uuid(), '%s', '%s', '%s', 'ACTIVE', now(), now())
                    """.formatted(zoe, opening.positionId(), opening.planId())))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23505"));
        }
    }

    @Test
    void withdrawingCancelsTheFutureRoundsKeepsThePastAndFreesThePanel() {
        UUID application = fixtures.application(team.admin(), zoe, opening.positionId());
        UUID past = fixtures.interview(team.admin(), application, opening.screenStageId(),
                Instant.parse("2020-03-10T10:00:00Z"), Duration.ofHours(1), team.ana());
        UUID future = fixtures.interview(team.admin(), application, opening.technicalStageId(),
                Instant.parse("2030-03-11T10:00:00Z"), Duration.ofHours(1), team.ana());

        Answer closed = close(application.toString(), "WITHDRAWN", "Moved abroad");

        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(closed.json().get("closedReason").asText()).isEqualTo("Moved abroad");
        assertThat(closed.json().get("closedAt").isNull()).isFalse();
        assertThat(closed.header("ETag")).isEqualTo("\"1\"");
        JsonNode cancelled = api.get("/api/v1/interviews/" + future, recruiter).json();
        assertThat(cancelled.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("statusReason").asText()).isEqualTo("Moved abroad");
        assertThat(api.get("/api/v1/interviews/" + past, recruiter).json().get("status").asText())
                .isEqualTo("SCHEDULED");
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'application.closed' AND entity_id = '"
                + application + "' AND actor_id = '" + team.recruiter() + "'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'interview.cancelled' AND entity_id = '"
                + future + "'")).isEqualTo(1);
        UUID yan = fixtures.applicant(team.admin(), opening, "Yan Example");
        Answer rebooked = api.post("/api/v1/interviews", recruiter, booking(yan, opening.screenStageId(),
                "2030-03-11T10:00:00Z", "2030-03-11T11:00:00Z", team.ana()));
        assertThat(rebooked.status()).as("Ana's slot is free again").isEqualTo(201);
    }

    @Test
    void rejectingClosesTheApplicationTheSameWay() {
        UUID application = fixtures.application(team.admin(), zoe, opening.positionId());
        UUID future = fixtures.interview(team.admin(), application, opening.screenStageId(),
                Instant.parse("2030-03-11T10:00:00Z"), Duration.ofHours(1), team.ana());

        Answer rejected = close(application.toString(), "REJECTED", "Screen showed no backend experience");

        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.json().get("status").asText()).isEqualTo("REJECTED");
        assertThat(api.get("/api/v1/interviews/" + future, recruiter).json().get("status").asText())
                .isEqualTo("CANCELLED");
        Answer twice = close(application.toString(), "WITHDRAWN", "Changed mind");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.problemType()).isEqualTo("application-closed");
    }

    @Test
    void hiringIsADecisionNotAStatusChange() {
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (String status : List.of("HIRED", "ACTIVE", "LOST")) {
            UUID application = fixtures.applicant(team.admin(), opening, "Candidate " + status);
            Answer answer = close(application.toString(), status, "Great panel");
            answers.put(status, answer.status());
            assertThat(answer.isProblem() || answer.status() < 300).as(answer.toString()).isTrue();
        }

        assertThat(answers).as("PATCH status -> HTTP status")
                .containsExactly(entry("HIRED", 400), entry("ACTIVE", 400), entry("LOST", 400));
        assertThat(count("SELECT count(*) FROM applications WHERE status <> 'ACTIVE'")).isZero();
    }

    @Test
    void aCloseNeedsAReason() {
        UUID application = fixtures.application(team.admin(), zoe, opening.positionId());
        Map<String, Object> noReason = new HashMap<>();
        noReason.put("status", "WITHDRAWN");

        Answer withoutReason = api.call("PATCH", "/api/v1/applications/" + application).ifMatchCurrent()
                .token(recruiter)
                .json(noReason).send();

        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.json().get("errors")).extracting(e -> e.get("field").asText()).contains("reason");
        assertThat(count("SELECT count(*) FROM applications WHERE status = 'ACTIVE'")).isEqualTo(1);
    }

    @RepeatedTest(3)
    void tenParallelApplicationsOfOneCandidateToOnePositionLeaveOneActiveAndTheRestAreTold() throws Exception {
        List<Map<String, Object>> bodies = Collections.nCopies(10,
                Map.of("candidateId", zoe, "positionId", opening.positionId()));

        List<Answer> answers = SchedulingFixtures.parallelPosts(api, recruiter, "/api/v1/applications", bodies);

        assertThat(answers).filteredOn(a -> a.status() == 201).as(answers.toString()).hasSize(1);
        assertThat(answers).filteredOn(a -> a.status() != 201).hasSize(9).allSatisfy(loser -> {
            assertThat(loser.status()).isEqualTo(409);
            assertThat(loser.isProblem()).isTrue();
            assertThat(loser.problemType()).as(loser.toString()).isEqualTo("application-exists");
            assertThat(loser.json().get("detail").asText()).as(loser.toString()).doesNotContain("SQL", "INSERT");
        });
        assertThat(count("SELECT count(*) FROM applications")).isEqualTo(1);
    }

    @Test
    void aCloseCarryingAStaleVersionIsRefused() {
        UUID application = fixtures.application(team.admin(), zoe, opening.positionId());

        Answer stale = api.call("PATCH", "/api/v1/applications/" + application).token(recruiter)
                .header("If-Match", "\"3\"").json(Map.of("status", "WITHDRAWN", "reason", "x")).send();

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.problemType()).isEqualTo("stale-version");
        assertThat(api.get("/api/v1/applications/" + UUID.randomUUID(), recruiter).status()).isEqualTo(404);
    }

    @Test
    void theListFiltersByPositionCandidateAndStatus() {
        Opening other = fixtures.openingWithPublishedPlan(team.admin(), team.manager(), "Data Engineer");
        fixtures.application(team.admin(), zoe, opening.positionId());
        UUID closed = fixtures.application(team.admin(), zoe, other.positionId());
        fixtures.applicant(team.admin(), opening, "Yan Example");
        close(closed.toString(), "WITHDRAWN", "No longer interested");

        assertThat(total("")).isEqualTo(3);
        assertThat(total("?positionId=" + opening.positionId())).isEqualTo(2);
        assertThat(total("?candidateId=" + zoe)).isEqualTo(2);
        assertThat(total("?status=WITHDRAWN")).isEqualTo(1);
        assertThat(total("?positionId=" + other.positionId() + "&status=ACTIVE")).isZero();
        assertThat(api.get("/api/v1/applications?size=1", recruiter).json().get("items")).hasSize(1);
    }

    private long total(String query) {
        Answer answer = api.get("/api/v1/applications" + query, recruiter);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().get("total").asLong();
    }

    private Answer apply(UUID candidateId, UUID positionId) {
        return api.post("/api/v1/applications", recruiter, Map.of("candidateId", candidateId, "positionId", positionId));
    }

    private Answer close(String applicationId, String status, String reason) {
        return api.call("PATCH", "/api/v1/applications/" + applicationId).ifMatchCurrent().token(recruiter)
                .json(Map.of("status", status, "reason", reason)).send();
    }
}
