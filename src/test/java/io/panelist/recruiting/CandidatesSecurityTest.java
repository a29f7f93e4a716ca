package io.panelist.recruiting;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.identity.Role;
import io.panelist.scheduling.SchedulingFixtures;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every candidate and application route: 401 without a valid token, writes for administrators and recruiters
 * only, and object-level reads: an interviewer sees whom they interview, a hiring manager their positions' people.
 */
class CandidatesSecurityTest extends IntegrationTest {
    @Inject
    SchedulingFixtures fixtures;
    @Inject
    TestUsers users;
    Team team;
    UUID zoe;
    UUID yan;
    UUID xia;
    UUID zoeApplication;
    UUID yanApplication;
    UUID xiaApplication;
    String admin;
    String recruiter;
    String ana;
    String ben;
    String manager;
    String otherManager;

    record Route(String method, String path, Object body) {
    }

    /** Zoe and Yan apply to Mo's position, Xia to Max's; Ana interviews Zoe, Ben interviews Xia, nobody Yan yet. */
    @BeforeEach
    void twoPositionsThreeApplicants() {
        team = fixtures.team();
        UUID max = users.create("max@example.com", Role.HIRING_MANAGER);
        Opening backend = fixtures.openingWithPublishedPlan(team.admin(), team.manager(), "Backend Engineer");
        Opening data = fixtures.openingWithPublishedPlan(team.admin(), max, "Data Engineer");
        zoe = fixtures.candidate(team.admin(), "Zoe Example");
        yan = fixtures.candidate(team.admin(), "Yan Example");
        xia = fixtures.candidate(team.admin(), "Xia Example");
        zoeApplication = fixtures.application(team.admin(), zoe, backend.positionId());
        yanApplication = fixtures.application(team.admin(), yan, backend.positionId());
        xiaApplication = fixtures.application(team.admin(), xia, data.positionId());
        Instant ten = Instant.parse("2030-03-11T10:00:00Z");
        fixtures.interview(team.admin(), zoeApplication, backend.screenStageId(), ten, Duration.ofHours(1), team.ana());
        fixtures.interview(team.admin(), xiaApplication, data.screenStageId(), ten, Duration.ofHours(1), team.ben());
        admin = api.login(SchedulingFixtures.ADMIN, TestUsers.PASSWORD);
        recruiter = api.login(SchedulingFixtures.RECRUITER, TestUsers.PASSWORD);
        ana = api.login(SchedulingFixtures.ANA, TestUsers.PASSWORD);
        ben = api.login(SchedulingFixtures.BEN, TestUsers.PASSWORD);
        manager = api.login(SchedulingFixtures.MANAGER, TestUsers.PASSWORD);
        otherManager = api.login("max@example.com", TestUsers.PASSWORD);
    }

    List<Route> writeRoutes() {
        Map<String, Object> candidate = Map.of("name", "Wu Example", "email", "wu@example.org");
        return List.of(new Route("POST", "/api/v1/candidates", candidate),
                new Route("PUT", "/api/v1/candidates/" + zoe, Map.of("name", "Renamed")),
                new Route("DELETE", "/api/v1/candidates/" + zoe, null),
                new Route("GET", "/api/v1/candidates/" + zoe + "/export", null),
                new Route("POST", "/api/v1/applications", Map.of("candidateId", zoe,
                        "positionId", fixtures.positionWithoutPlan(team.admin(), team.manager(), "Spare"))),
                new Route("PATCH", "/api/v1/applications/" + zoeApplication,
                        Map.of("status", "REJECTED", "reason", "No")));
    }

    List<Route> readRoutes() {
        return List.of(new Route("GET", "/api/v1/candidates", null), new Route("GET", "/api/v1/candidates/" + zoe, null),
                new Route("GET", "/api/v1/applications", null),
                new Route("GET", "/api/v1/applications/" + zoeApplication, null));
    }

    @Test
    void everyRouteRefusesCallersWithoutAValidToken() {
        List<String> badTokens = Arrays.asList(null, "garbage", Tokens.expired(team.admin(), "ADMIN"),
                Tokens.foreign(team.admin(), "ADMIN"), Tokens.tampered(ana), Tokens.unsigned(team.admin()));
        List<Route> routes = new ArrayList<>(writeRoutes());
        routes.addAll(readRoutes());
        for (Route route : routes) {
            for (String token : badTokens) {
                Answer answer = send(route, token);
                assertThat(answer.status()).as(route + " with " + token).isEqualTo(401);
                assertThat(answer.isProblem()).as(route.toString()).isTrue();
            }
        }
        assertUnchanged();
    }

    @Test
    void onlyAdministratorsAndRecruitersWriteOrExport() {
        for (Route route : writeRoutes()) {
            for (String token : List.of(ana, ben, manager, otherManager)) {
                Answer answer = send(route, token);
                assertThat(answer.status()).as(route + " " + answer).isEqualTo(403);
                assertThat(answer.isProblem()).isTrue();
            }
        }
        assertUnchanged();
    }

    @Test
    void administratorsAndRecruitersSeeEveryone() {
        for (String token : List.of(admin, recruiter)) {
            assertThat(names("/api/v1/candidates", token)).containsExactly("Xia Example", "Yan Example", "Zoe Example");
            assertThat(list("/api/v1/applications", token).get("total").asLong()).isEqualTo(3);
            assertThat(api.get("/api/v1/candidates/" + xia, token).status()).isEqualTo(200);
            assertThat(api.get("/api/v1/candidates/" + xia + "/export", token).status()).isEqualTo(200);
        }
    }

    @Test
    void anInterviewerSeesOnlyTheCandidatesAndApplicationsTheyInterview() {
        assertThat(names("/api/v1/candidates", ana)).containsExactly("Zoe Example");
        assertThat(names("/api/v1/candidates?q=Example", ben)).containsExactly("Xia Example");
        assertThat(list("/api/v1/applications", ana).get("items")).extracting(a -> a.get("id").asText())
                .containsExactly(zoeApplication.toString());
        assertThat(api.get("/api/v1/candidates/" + zoe, ana).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/applications/" + zoeApplication, ana).status()).isEqualTo(200);
        for (String path : List.of("/api/v1/candidates/" + yan, "/api/v1/candidates/" + xia,
                "/api/v1/applications/" + yanApplication, "/api/v1/applications/" + xiaApplication)) {
            Answer answer = api.get(path, ana);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.text()).doesNotContain("Example");
        }
        assertThat(list("/api/v1/applications?candidateId=" + yan, ana).get("total").asLong()).isZero();
    }

    @Test
    void aHiringManagerSeesThePeopleApplyingToTheirOwnPositions() {
        assertThat(names("/api/v1/candidates", manager)).containsExactly("Yan Example", "Zoe Example");
        assertThat(names("/api/v1/candidates", otherManager)).containsExactly("Xia Example");
        assertThat(list("/api/v1/applications", manager).get("items")).extracting(a -> a.get("id").asText())
                .containsExactlyInAnyOrder(zoeApplication.toString(), yanApplication.toString());
        assertThat(api.get("/api/v1/applications/" + yanApplication, manager).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/candidates/" + yan, manager).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/applications/" + xiaApplication, manager).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/candidates/" + xia, manager).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/applications/" + zoeApplication, otherManager).status()).isEqualTo(404);
    }

    private void assertUnchanged() {
        assertThat(count("SELECT count(*) FROM candidates WHERE erased_at IS NULL")).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM candidates WHERE name = 'Zoe Example'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM applications WHERE status = 'ACTIVE'")).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM audit_events WHERE entity_type IN ('candidate', 'application')"))
                .isEqualTo(6);
    }

    private JsonNode list(String path, String token) {
        Answer answer = api.get(path, token);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private List<String> names(String path, String token) {
        List<String> names = new ArrayList<>();
        list(path, token).get("items").forEach(c -> names.add(c.get("name").asText()));
        return names;
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
}
