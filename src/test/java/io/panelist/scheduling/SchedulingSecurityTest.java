package io.panelist.scheduling;

import io.panelist.identity.Role;
import io.panelist.scheduling.SchedulingFixtures.Opening;
import io.panelist.scheduling.SchedulingFixtures.Team;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import io.panelist.support.Tokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.panelist.scheduling.SchedulingFixtures.booking;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every scheduling route: 401 without a valid token; writes for administrators and recruiters only; an interview is
 * seen by its panel, the position's hiring manager and the recruiters, and does not exist for anyone else.
 */
class SchedulingSecurityTest extends IntegrationTest {
    static final Instant TEN = Instant.parse("2030-03-11T10:00:00Z");
    @Inject
    SchedulingFixtures fixtures;
    @Inject
    TestUsers users;
    Team team;
    Opening opening;
    UUID zoe;
    UUID interviewId;
    UUID pastId;
    String admin;
    String recruiter;
    String ana;
    String ben;
    String manager;
    String otherManager;

    record Route(String method, String path, Object body) {
    }

    @BeforeEach
    void bookARoundWithAnaOnThePanel() {
        team = fixtures.team();
        users.create("max@example.com", Role.HIRING_MANAGER);
        opening = fixtures.openingWithPublishedPlan(team.admin(), team.manager(), "Backend Engineer");
        zoe = fixtures.applicant(team.admin(), opening, "Zoe Example");
        interviewId = fixtures.interview(team.admin(), zoe, opening.screenStageId(), TEN, Duration.ofHours(1),
                team.ana());
        pastId = fixtures.interview(team.admin(), zoe, opening.technicalStageId(), Instant.parse("2020-01-06T10:00:00Z"),
                Duration.ofHours(1), team.ana());
        admin = api.login(SchedulingFixtures.ADMIN, TestUsers.PASSWORD);
        recruiter = api.login(SchedulingFixtures.RECRUITER, TestUsers.PASSWORD);
        ana = api.login(SchedulingFixtures.ANA, TestUsers.PASSWORD);
        ben = api.login(SchedulingFixtures.BEN, TestUsers.PASSWORD);
        manager = api.login(SchedulingFixtures.MANAGER, TestUsers.PASSWORD);
        otherManager = api.login("max@example.com", TestUsers.PASSWORD);
    }

    List<Route> writeRoutes() {
        return List.of(new Route("POST", "/api/v1/interviews", booking(zoe, opening.technicalStageId(),
                        "2030-03-12T10:00:00Z", "2030-03-12T11:00:00Z", team.ana())),
                new Route("PATCH", "/api/v1/interviews/" + interviewId, Map.of("location", "Room 9")),
                new Route("POST", "/api/v1/interviews/" + interviewId + "/cancel", Map.of("reason", "No")),
                new Route("POST", "/api/v1/interviews/" + pastId + "/no-show", Map.of("reason", "No")));
    }

    List<Route> readRoutes() {
        return List.of(new Route("GET", "/api/v1/interviews/" + interviewId, null),
                new Route("GET", "/api/v1/interviews/" + interviewId + "/invite.ics", null),
                new Route("GET", "/api/v1/me/interviews", null));
    }

    @Test
    void everyRouteRefusesCallersWithoutAValidToken() {
        List<String> badTokens = Arrays.asList(null, "garbage", Tokens.expired(team.admin(), "ADMIN"),
                Tokens.foreign(team.admin(), "ADMIN"), Tokens.tampered(ana), Tokens.unsigned(team.admin()));
        for (Route route : concat(writeRoutes(), readRoutes())) {
            for (String token : badTokens) {
                Answer answer = send(route, token);
                assertThat(answer.status()).as(route + " with " + token).isEqualTo(401);
                assertThat(answer.isProblem()).as(route.toString()).isTrue();
            }
        }
        assertUnchanged();
    }

    @Test
    void onlyAdministratorsAndRecruitersScheduleRescheduleCancelAndRecordNoShows() {
        for (Route route : writeRoutes()) {
            for (String token : List.of(ana, ben, manager, otherManager)) {
                Answer answer = send(route, token);
                assertThat(answer.status()).as(route + " " + answer).isEqualTo(403);
                assertThat(answer.isProblem()).isTrue();
            }
        }
        assertUnchanged();
        for (Route route : writeRoutes()) {
            String token = route.method().equals("PATCH") ? admin : recruiter;
            assertThat(send(route, token).status()).as(route.toString()).isIn(200, 201);
        }
    }

    @Test
    void administratorsAndRecruitersReadEveryRoundAndItsInvite() {
        for (String token : List.of(admin, recruiter)) {
            assertThat(api.get("/api/v1/interviews/" + interviewId, token).status()).isEqualTo(200);
            assertThat(api.get("/api/v1/interviews/" + interviewId + "/invite.ics", token).status()).isEqualTo(200);
        }
    }

    @Test
    void aPanelistReadsTheirRoundAndInviteWhileAnyOtherInterviewerLearnsNothing() {
        assertThat(api.get("/api/v1/interviews/" + interviewId, ana).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/interviews/" + interviewId + "/invite.ics", ana).status()).isEqualTo(200);

        for (String path : List.of("", "/invite.ics")) {
            Answer answer = api.get("/api/v1/interviews/" + interviewId + path, ben);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.problemType()).isEqualTo("not-found");
            assertThat(answer.text()).doesNotContain("Zoe");
        }
    }

    @Test
    void theHiringManagerSeesTheirPositionsRoundButGetsNoInviteUnlessOnThePanel() {
        assertThat(api.get("/api/v1/interviews/" + interviewId, manager).status()).isEqualTo(200);
        Answer invite = api.get("/api/v1/interviews/" + interviewId + "/invite.ics", manager);
        assertThat(invite.status()).isEqualTo(403);
        assertThat(invite.isProblem()).isTrue();

        UUID onPanel = fixtures.interview(team.admin(), zoe, opening.technicalStageId(),
                Instant.parse("2030-03-12T10:00:00Z"), Duration.ofHours(1), team.manager());
        assertThat(api.get("/api/v1/interviews/" + onPanel + "/invite.ics", manager).status()).isEqualTo(200);
    }

    @Test
    void aHiringManagerOfAnotherPositionLearnsNothing() {
        for (String path : List.of("", "/invite.ics")) {
            assertThat(api.get("/api/v1/interviews/" + interviewId + path, otherManager).status()).as(path)
                    .isEqualTo(404);
        }
        assertThat(api.get("/api/v1/me/interviews?from=2030-03-01&to=2030-03-31", otherManager).json().get("items"))
                .isEmpty();
    }

    @Test
    void anUnknownRoundIsNotFoundForEveryone() {
        UUID unknown = UUID.randomUUID();
        for (String token : List.of(admin, recruiter, ana)) {
            assertThat(api.get("/api/v1/interviews/" + unknown, token).status()).isEqualTo(404);
            assertThat(api.get("/api/v1/interviews/" + unknown + "/invite.ics", token).status()).isEqualTo(404);
        }
        Answer cancel = api.post("/api/v1/interviews/" + unknown + "/cancel", recruiter, Map.of("reason", "x"));
        assertThat(cancel.status()).isEqualTo(404);
        Answer move = api.call("PATCH", "/api/v1/interviews/" + unknown).ifMatchCurrent().token(recruiter)
                .json(Map.of("location", "Room 9")).send();
        assertThat(move.status()).isEqualTo(404);
        assertThat(move.isProblem()).isTrue();
    }

    private void assertUnchanged() {
        assertThat(count("SELECT count(*) FROM interviews")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM interviews WHERE status = 'SCHEDULED' AND location = '"
                + SchedulingFixtures.ROOM + "'")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM audit_events WHERE entity_type = 'interview'")).isEqualTo(2);
    }

    private Answer send(Route route, String token) {
        var call = api.call(route.method(), route.path()).token(token);
        if (route.method().equals("PUT") || route.method().equals("PATCH")) {
            call.ifMatchCurrent(); // versioned writes need If-Match: the refusal under test is another
        }
        if (route.body() != null) {
            call.json(route.body());
        }
        return call.send();
    }

    private static List<Route> concat(List<Route> a, List<Route> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
