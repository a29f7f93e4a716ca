package io.panelist.scheduling;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.identity.CreateUserRequest;
import io.panelist.identity.IdentityService;
import io.panelist.identity.Role;
import io.panelist.identity.UpdateUserRequest;
import io.panelist.scheduling.SchedulingFixtures.Opening;
import io.panelist.scheduling.SchedulingFixtures.Team;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

import static io.panelist.scheduling.SchedulingFixtures.booking;
import static org.assertj.core.api.Assertions.assertThat;

/** Booking a round: what it answers, each rule it checks, rescheduling, cancelling, no-shows and load warnings. */
class SchedulingApiTest extends IntegrationTest {
    static final String DAY = "2030-03-11T";
    @Inject
    SchedulingFixtures fixtures;
    @Inject
    IdentityService identity;
    Team team;
    Opening opening;
    UUID zoe;
    UUID yan;
    String recruiter;

    @BeforeEach
    void openAPositionWithTwoApplicants() {
        team = fixtures.team();
        opening = fixtures.openingWithPublishedPlan(team.admin(), team.manager(), "Backend Engineer");
        zoe = fixtures.applicant(team.admin(), opening, "Zoe Example");
        yan = fixtures.applicant(team.admin(), opening, "Yan Example");
        recruiter = api.login(SchedulingFixtures.RECRUITER, TestUsers.PASSWORD);
    }

    @Test
    void aRecruiterBooksARoundThatReadsBackWithItsPanel() {
        Answer booked = book(booking(zoe, opening.screenStageId(), DAY + "11:00:00+01:00", DAY + "11:00:00Z",
                team.ana(), team.ben()));

        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        JsonNode interview = booked.json();
        String id = interview.get("id").asText();
        assertThat(booked.header("Location")).isEqualTo("/api/v1/interviews/" + id);
        assertThat(booked.header("ETag")).isEqualTo("\"0\"");
        assertThat(interview.get("applicationId").asText()).isEqualTo(zoe.toString());
        assertThat(interview.get("candidateName").asText()).isEqualTo("Zoe Example");
        assertThat(interview.get("positionTitle").asText()).isEqualTo("Backend Engineer");
        assertThat(interview.get("stageName").asText()).isEqualTo("Screen");
        assertThat(Instant.parse(interview.get("startsAt").asText())).isEqualTo(DAY + "10:00:00Z");
        assertThat(Instant.parse(interview.get("endsAt").asText())).isEqualTo(DAY + "11:00:00Z");
        assertThat(interview.get("timeZone").asText()).isEqualTo("Europe/Berlin");
        assertThat(interview.get("location").asText()).isEqualTo(SchedulingFixtures.ROOM);
        assertThat(interview.get("status").asText()).isEqualTo("SCHEDULED");
        assertThat(interview.get("sequence").asInt()).isZero();
        assertThat(interview.get("warnings")).isEmpty();
        assertThat(interview.get("panelists")).extracting(p -> p.get("id").asText())
                .containsExactlyInAnyOrder(team.ana().toString(), team.ben().toString());
        Answer read = api.get("/api/v1/interviews/" + id, recruiter);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("stageId").asText()).isEqualTo(opening.screenStageId().toString());
        assertThat(audits("interview.scheduled", id)).isEqualTo(1);
    }

    @Test
    void aStageOfAnotherPlanIsUnprocessable() {
        Opening other = fixtures.openingWithPublishedPlan(team.admin(), team.manager(), "Data Engineer");

        Answer answer = book(booking(zoe, other.screenStageId(), DAY + "10:00:00Z", DAY + "11:00:00Z", team.ana()));

        assertRefused(answer, 422, "stageId");
        assertRefused(book(booking(zoe, UUID.randomUUID(), DAY + "10:00:00Z", DAY + "11:00:00Z", team.ana())),
                422, "stageId");
    }

    @Test
    void theEndMustComeAfterTheStart() {
        assertRefused(book(booking(zoe, opening.screenStageId(), DAY + "10:00:00Z", DAY + "10:00:00Z", team.ana())),
                400, "endsAt");
        assertRefused(book(booking(zoe, opening.screenStageId(), DAY + "10:00:00Z", DAY + "09:00:00Z", team.ana())),
                400, "endsAt");
    }

    @Test
    void aRoundLastsAtMostEightHours() {
        assertRefused(book(booking(zoe, opening.screenStageId(), DAY + "08:00:00Z", DAY + "16:00:01Z", team.ana())),
                400, "endsAt");

        Answer eightHours = book(booking(zoe, opening.screenStageId(), DAY + "08:00:00Z", DAY + "16:00:00Z", team.ana()));

        assertThat(eightHours.status()).as(eightHours.toString()).isEqualTo(201);
    }

    @Test
    void panelistsAreActiveInterviewersOrHiringManagersAndThereIsAtLeastOne() {
        UUID gone = identity.createUser(team.admin(), new CreateUserRequest("gone@example.com",
                "Gone", TestUsers.PASSWORD, Set.of(Role.INTERVIEWER), "UTC", null)).id();
        identity.updateUser(team.admin(), gone, OptionalLong.empty(), new UpdateUserRequest("gone@example.com", "Gone",
                Set.of(Role.INTERVIEWER), false, "UTC", null));

        assertRefused(book(booking(zoe, opening.screenStageId(), DAY + "10:00:00Z", DAY + "11:00:00Z", team.ana(),
                team.recruiter())), 422, "panelistIds[1]");
        assertRefused(book(booking(zoe, opening.screenStageId(), DAY + "10:00:00Z", DAY + "11:00:00Z", gone)),
                422, "panelistIds[0]");
        assertRefused(book(booking(zoe, opening.screenStageId(), DAY + "10:00:00Z", DAY + "11:00:00Z")),
                400, "panelistIds");
        Answer withManager = book(booking(zoe, opening.screenStageId(), DAY + "10:00:00Z", DAY + "11:00:00Z",
                team.manager()));
        assertThat(withManager.status()).as(withManager.toString()).isEqualTo(201);
    }

    @Test
    void theTimeZoneIsARealIanaZone() {
        for (String zone : List.of("Europe/Atlantis", "+02:00", "CEST", "")) {
            Map<String, Object> body = new HashMap<>(booking(zoe, opening.screenStageId(), DAY + "10:00:00Z",
                    DAY + "11:00:00Z", team.ana()));
            body.put("timeZone", zone);
            assertRefused(book(body), 400, "timeZone");
        }
        Map<String, Object> kolkata = new HashMap<>(booking(zoe, opening.screenStageId(), DAY + "10:00:00Z",
                DAY + "11:00:00Z", team.ana()));
        kolkata.put("timeZone", "Asia/Kolkata");
        assertThat(book(kolkata).status()).isEqualTo(201);
    }

    @Test
    void aClosedApplicationGetsNoNewRounds() {
        api.call("PATCH", "/api/v1/applications/" + zoe).ifMatchCurrent().token(recruiter)
                .json(Map.of("status", "WITHDRAWN", "reason", "Took another offer")).send();

        assertRefused(book(booking(zoe, opening.screenStageId(), DAY + "10:00:00Z", DAY + "11:00:00Z", team.ana())),
                422, "applicationId");
    }

    @Test
    void reschedulingMovesTheRoundChangesThePanelAndRaisesTheSequence() {
        String id = book(booking(zoe, opening.screenStageId(), DAY + "10:00:00Z", DAY + "11:00:00Z", team.ana()))
                .json().get("id").asText();

        Answer moved = api.call("PATCH", "/api/v1/interviews/" + id).token(recruiter).header("If-Match", "\"0\"")
                .json(Map.of("startsAt", DAY + "14:00:00Z", "endsAt", DAY + "15:00:00Z",
                        "panelistIds", List.of(team.ben()), "location", "Room 4"))
                .send();

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(Instant.parse(moved.json().get("startsAt").asText())).isEqualTo(DAY + "14:00:00Z");
        assertThat(moved.json().get("location").asText()).isEqualTo("Room 4");
        assertThat(moved.json().get("sequence").asInt()).isEqualTo(1);
        assertThat(moved.json().get("panelists")).extracting(p -> p.get("id").asText())
                .containsExactly(team.ben().toString());
        assertThat(moved.header("ETag")).isEqualTo("\"1\"");
        assertThat(audits("interview.rescheduled", id)).isEqualTo(1);
        Answer stale = api.call("PATCH", "/api/v1/interviews/" + id).token(recruiter).header("If-Match", "\"0\"")
                .json(Map.of("location", "Room 5")).send();
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.problemType()).isEqualTo("stale-version");
    }

    @Test
    void cancellingRecordsTheReasonAndAClosedRoundNoLongerChanges() {
        String id = book(booking(zoe, opening.screenStageId(), DAY + "10:00:00Z", DAY + "11:00:00Z", team.ana()))
                .json().get("id").asText();

        Answer cancelled = api.post("/api/v1/interviews/" + id + "/cancel", recruiter, Map.of("reason", "Panel ill"));

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().get("statusReason").asText()).isEqualTo("Panel ill");
        assertThat(audits("interview.cancelled", id)).isEqualTo(1);
        Answer again = api.post("/api/v1/interviews/" + id + "/cancel", recruiter, Map.of("reason", "Twice"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problemType()).isEqualTo("interview-closed");
        Answer move = api.call("PATCH", "/api/v1/interviews/" + id).ifMatchCurrent().token(recruiter)
                .json(Map.of("startsAt", DAY + "12:00:00Z", "endsAt", DAY + "13:00:00Z")).send();
        assertThat(move.status()).isEqualTo(409);
    }

    @Test
    void aNoShowIsRecordedOnceTheRoundHasBegun() {
        String future = book(booking(zoe, opening.screenStageId(), DAY + "10:00:00Z", DAY + "11:00:00Z", team.ana()))
                .json().get("id").asText();
        Map<String, Object> held = new java.util.HashMap<>(booking(yan, opening.screenStageId(),
                "2020-03-10T10:00:00Z", "2020-03-10T11:00:00Z", team.ana()));
        held.put("allowPast", true);
        String past = book(held).json().get("id").asText();

        Answer tooEarly = api.post("/api/v1/interviews/" + future + "/no-show", recruiter, Map.of("reason", "?"));
        Answer noShow = api.post("/api/v1/interviews/" + past + "/no-show", recruiter,
                Map.of("reason", "Did not join the call"));

        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.problemType()).isEqualTo("interview-not-started");
        assertThat(noShow.status()).isEqualTo(200);
        assertThat(noShow.json().get("status").asText()).isEqualTo("NO_SHOW");
        assertThat(audits("interview.no-show", past)).isEqualTo(1);
    }

    @Test
    void aPanelistPastTheirWeeklyLimitIsRefusedWhileTheirNextWeekInTheirOwnZoneIsFree() {
        String admin = api.login(SchedulingFixtures.ADMIN, TestUsers.PASSWORD);
        Answer lea = api.post("/api/v1/users", admin, Map.of("email", "lea@example.com", "displayName", "Lea",
                "password", "at-least-12-chars", "roles", List.of("INTERVIEWER"), "timeZone", "Europe/Berlin",
                "weeklyInterviewLimit", 1));
        UUID leaId = UUID.fromString(lea.json().get("id").asText());
        UUID xia = fixtures.applicant(team.admin(), opening, "Xia Example");

        Answer first = book(booking(zoe, opening.screenStageId(), DAY + "10:00:00Z", DAY + "11:00:00Z", leaId,
                team.ana()));
        Answer second = book(booking(yan, opening.screenStageId(), "2030-03-12T10:00:00Z", "2030-03-12T11:00:00Z",
                leaId, team.ana()));
        // Sunday 23:30 UTC is already Monday in Berlin: Lea's next week, though the same week in UTC
        Answer nextWeek = book(booking(xia, opening.screenStageId(), "2030-03-17T23:30:00Z", "2030-03-18T00:30:00Z",
                leaId));

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("warnings")).isEmpty();
        assertThat(second.status()).as("over the limit").isEqualTo(409);
        assertThat(second.problemType()).isEqualTo("load-limit");
        assertThat(second.json().get("detail").asText()).contains("Lea", "limit of 1");
        assertThat(nextWeek.status()).isEqualTo(201);
        assertThat(nextWeek.json().get("warnings")).isEmpty();
        assertThat(count("SELECT count(*) FROM interview_panelists WHERE user_id = '" + leaId + "'")).isEqualTo(2);
    }

    private Answer book(Map<String, Object> body) {
        return api.post("/api/v1/interviews", recruiter, body);
    }

    private long audits(String action, String entityId) {
        return count("SELECT count(*) FROM audit_events WHERE action = '" + action + "' AND entity_id = '" + entityId
                + "' AND actor_id = '" + team.recruiter() + "'");
    }

    private void assertRefused(Answer answer, int status, String field) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.isProblem()).as(answer.toString()).isTrue();
        assertThat(answer.json().get("errors")).as(answer.toString()).extracting(e -> e.get("field").asText())
                .contains(field);
        assertThat(count("SELECT count(*) FROM interviews")).isZero();
    }
}
