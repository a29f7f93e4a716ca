package io.panelist.scheduling;

import io.panelist.scheduling.SchedulingFixtures.Opening;
import io.panelist.scheduling.SchedulingFixtures.Team;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.panelist.scheduling.SchedulingFixtures.booking;
import static org.assertj.core.api.Assertions.assertThat;

/** Bad input to scheduling answers a 4xx problem+json, never a 500, and writes nothing. */
class SchedulingBadInputTest extends IntegrationTest {
    @Inject
    SchedulingFixtures fixtures;
    Team team;
    Opening opening;
    UUID zoe;
    UUID booked;
    String recruiter;

    @BeforeEach
    void bookOneRound() {
        team = fixtures.team();
        opening = fixtures.openingWithPublishedPlan(team.admin(), team.manager(), "Backend Engineer");
        zoe = fixtures.applicant(team.admin(), opening, "Zoe Example");
        booked = fixtures.interview(team.admin(), zoe, opening.screenStageId(), Instant.parse("2030-03-11T10:00:00Z"),
                Duration.ofHours(1), team.ana());
        recruiter = api.login(SchedulingFixtures.RECRUITER, TestUsers.PASSWORD);
    }

    @Test
    void timestampsWithoutAnOffsetAreRefused() {
        assertBooking(400, with("startsAt", "2030-03-12T10:00:00"));
        assertBooking(400, with("endsAt", "2030-03-12T11:00:00"));
        assertBooking(400, with("startsAt", "2030-03-12"));
        assertBooking(400, with("startsAt", "tomorrow at ten"));
        assertBooking(400, with("startsAt", 1_900_000_000));
    }

    @Test
    void anUnknownTimeZoneIsRefused() {
        Answer answer = assertBooking(400, with("timeZone", "Mars/Olympus_Mons"));

        assertThat(answer.json().get("errors")).extracting(e -> e.get("field").asText()).contains("timeZone");
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        Answer answer = assertBooking(400, with("endsAt", "2030-03-12T09:00:00Z"));

        assertThat(answer.json().get("errors")).extracting(e -> e.get("field").asText()).contains("endsAt");
    }

    @Test
    void unknownPanelistsAreRefusedOneByOne() {
        Map<String, Object> body = with("panelistIds", List.of(team.ana(), UUID.randomUUID(), UUID.randomUUID()));

        Answer answer = assertBooking(422, body);

        assertThat(answer.json().get("errors")).extracting(e -> e.get("field").asText())
                .containsExactlyInAnyOrder("panelistIds[1]", "panelistIds[2]");
    }

    @Test
    void someoneWhoIsNotAnInterviewerOrHiringManagerCannotSitOnAPanel() {
        for (UUID notAnInterviewer : List.of(team.recruiter(), team.admin())) {
            assertBooking(422, with("panelistIds", List.of(notAnInterviewer)));
        }
    }

    @Test
    void anEmptyOversizedOrMissingPanelIsRefused() {
        List<UUID> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(UUID.randomUUID());
        }
        assertBooking(400, with("panelistIds", List.of()));
        assertBooking(400, with("panelistIds", eleven));
        assertBooking(400, with("panelistIds", null));
        assertBooking(400, with("panelistIds", "everyone"));
    }

    @Test
    void unknownApplicationsAndStagesAreRefused() {
        assertThat(assertBooking(null, with("applicationId", UUID.randomUUID())).status()).isIn(404, 422);
        assertBooking(422, with("stageId", UUID.randomUUID()));
        assertBooking(400, with("applicationId", "not-a-uuid"));
        assertBooking(400, with("stageId", null));
    }

    @Test
    void malformedJsonWrongTypesAndOverlongTextAreBadRequests() {
        assertProblem(api.call("POST", "/api/v1/interviews").token(recruiter).raw("{\"applicationId\": ", "application/json")
                .send(), 400);
        assertProblem(api.call("POST", "/api/v1/interviews").token(recruiter).raw("[]", "application/json").send(), 400);
        assertBooking(400, with("location", "x".repeat(501)));
        assertBooking(400, with("timeZone", 42));
        assertThat(count("SELECT count(*) FROM interviews")).isEqualTo(1);
    }

    @Test
    void datesBeyondWhatTheDatabaseHoldsAreRefusedNotAFailure() {
        Map<String, Object> body = with("startsAt", "+300000-01-01T10:00:00Z");
        body.put("endsAt", "+300000-01-01T11:00:00Z");

        assertThat(assertBooking(null, body).status()).isBetween(400, 499);
    }

    @Test
    void aBadUuidInThePathIsRefused() {
        for (String path : List.of("/api/v1/interviews/not-a-uuid", "/api/v1/interviews/not-a-uuid/invite.ics")) {
            Answer answer = api.get(path, recruiter);
            assertThat(answer.status()).as(path).isIn(400, 404);
            assertThat(answer.isProblem()).isTrue();
        }
        Answer cancel = api.post("/api/v1/interviews/123/cancel", recruiter, Map.of("reason", "x"));
        assertThat(cancel.status()).isIn(400, 404);
        assertThat(cancel.isProblem()).isTrue();
    }

    @Test
    void reschedulesAndCancellationsValidateTheirInputToo() {
        String path = "/api/v1/interviews/" + booked;
        assertProblem(patch(path, Map.of("startsAt", "2030-03-11T12:00:00")), 400);
        assertProblem(patch(path, Map.of("endsAt", "2030-03-11T09:00:00Z")), 400);
        assertProblem(patch(path, Map.of("timeZone", "Europe/Nowhere")), 400);
        assertProblem(patch(path, Map.of("panelistIds", List.of())), 400);
        assertProblem(patch(path, Map.of("panelistIds", List.of(UUID.randomUUID()))), 422);
        assertProblem(patch(path, Map.of("startsAt", "2030-03-11T01:00:00Z")), 400);
        assertProblem(api.post(path + "/cancel", recruiter, Map.of()), 400);
        assertProblem(api.post(path + "/cancel", recruiter, Map.of("reason", "  ")), 400);
        assertProblem(api.post(path + "/cancel", recruiter, Map.of("reason", "\u0000")), 400);
        assertProblem(api.post(path + "/no-show", recruiter, Map.of("reason", "r".repeat(2001))), 400);
        assertThat(count("SELECT count(*) FROM interviews WHERE status = 'SCHEDULED' AND sequence = 0")).isEqualTo(1);
    }

    @Test
    void agendaRangesMustBeDatesOrInstantsInOrderAndAtMostAQuarter() {
        String ana = api.login(SchedulingFixtures.ANA, TestUsers.PASSWORD);
        for (String query : List.of("?from=yesterday", "?from=2030-13-45", "?to=2030-03-11T10:00:00",
                "?from=2030-03-12&to=2030-03-11", "?from=2030-03-11&to=2030-03-11", "?from=2030-01-01&to=2030-12-31",
                "?from=" + "9".repeat(41))) {
            Answer answer = api.get("/api/v1/me/interviews" + query, ana);
            assertProblem(answer, 400);
        }
    }

    private Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = new HashMap<>(booking(zoe, opening.technicalStageId(), "2030-03-12T10:00:00Z",
                "2030-03-12T11:00:00Z", team.ana()));
        body.put(field, value);
        return body;
    }

    private Answer patch(String path, Map<String, Object> body) {
        return api.call("PATCH", path).ifMatchCurrent().token(recruiter).json(body).send();
    }

    /** Posts the booking and checks a problem with the status (any 4xx when null) and that nothing was written. */
    private Answer assertBooking(Integer status, Map<String, Object> body) {
        Answer answer = api.post("/api/v1/interviews", recruiter, body);
        assertProblem(answer, status == null ? answer.status() : status);
        assertThat(answer.status()).as(answer.toString()).isBetween(400, 499);
        assertThat(count("SELECT count(*) FROM interviews")).isEqualTo(1);
        return answer;
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
