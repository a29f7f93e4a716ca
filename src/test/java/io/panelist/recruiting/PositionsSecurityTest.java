package io.panelist.recruiting;

import io.panelist.identity.Role;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import io.panelist.support.Tokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static io.panelist.recruiting.PositionsApiTest.newPosition;
import static org.assertj.core.api.Assertions.assertThat;

/** Every position route, every role: administrators and recruiters write, interviewers read, a hiring manager reads their own. */
class PositionsSecurityTest extends IntegrationTest {
    @Inject
    TestUsers users;
    UUID adminId;
    UUID managerId;
    UUID otherManagerId;
    String admin;
    String recruiter;
    String interviewer;
    String manager;
    String own;
    String foreign;

    record Route(String method, String path, Object body) {
    }

    @BeforeEach
    void twoPositions() {
        adminId = users.create("admin@example.com", Role.ADMIN);
        users.create("rita@example.com", Role.RECRUITER);
        users.create("ana@example.com", Role.INTERVIEWER);
        managerId = users.create("mo@example.com", Role.HIRING_MANAGER);
        otherManagerId = users.create("olga@example.com", Role.HIRING_MANAGER);
        admin = api.login("admin@example.com", TestUsers.PASSWORD);
        recruiter = api.login("rita@example.com", TestUsers.PASSWORD);
        interviewer = api.login("ana@example.com", TestUsers.PASSWORD);
        manager = api.login("mo@example.com", TestUsers.PASSWORD);
        own = api.post("/api/v1/positions", admin, newPosition("Backend Engineer", managerId)).json().get("id").asText();
        foreign = api.post("/api/v1/positions", admin, newPosition("Data Engineer", otherManagerId)).json().get("id").asText();
    }

    List<Route> reads(String id) {
        return List.of(new Route("GET", "/api/v1/positions", null), new Route("GET", "/api/v1/positions/" + id, null));
    }

    List<Route> writes(String id) {
        return List.of(new Route("POST", "/api/v1/positions", newPosition("New opening", managerId)),
                new Route("PUT", "/api/v1/positions/" + id, newPosition("Renamed", managerId)));
    }

    @Test
    void everyRouteRefusesCallersWithoutAValidToken() {
        List<String> badTokens = Arrays.asList(null, "garbage", Tokens.expired(adminId, "ADMIN"),
                Tokens.foreign(adminId, "ADMIN"), Tokens.tampered(interviewer));
        for (Route route : concat(reads(own), writes(own))) {
            for (String token : badTokens) {
                Answer answer = send(route, token);
                assertThat(answer.status()).as(route + " with " + token).isEqualTo(401);
                assertThat(answer.isProblem()).isTrue();
            }
        }
        assertUnchanged();
    }

    @Test
    void administratorsAndRecruitersReadAndWriteEveryPosition() {
        for (String token : List.of(admin, recruiter)) {
            for (Route route : reads(foreign)) {
                assertThat(send(route, token).status()).as(route.toString()).isEqualTo(200);
            }
            assertThat(send(writes(foreign).get(0), token).status()).isEqualTo(201);
            assertThat(send(writes(foreign).get(1), token).status()).isEqualTo(200);
        }
        assertThat(count("SELECT count(*) FROM positions")).isEqualTo(4);
    }

    @Test
    void interviewersReadEveryPositionButWriteNone() {
        for (Route route : concat(reads(own), reads(foreign))) {
            assertThat(send(route, interviewer).status()).as(route.toString()).isEqualTo(200);
        }
        assertThat(api.get("/api/v1/positions", interviewer).json().get("total").asLong()).isEqualTo(2);
        for (Route route : writes(own)) {
            Answer answer = send(route, interviewer);
            assertThat(answer.status()).as(route.toString()).isEqualTo(403);
            assertThat(answer.isProblem()).isTrue();
        }
        assertUnchanged();
    }

    @Test
    void aHiringManagerReadsTheirOwnPositionsAndWritesNone() {
        assertThat(api.get("/api/v1/positions/" + own, manager).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/positions", manager).json().get("items"))
                .extracting(p -> p.get("id").asText()).containsExactly(own);
        assertThat(api.get("/api/v1/positions/" + foreign, manager).status()).isEqualTo(404);
        for (Route route : concat(writes(own), writes(foreign))) {
            Answer answer = send(route, manager);
            assertThat(answer.status()).as(route.toString()).isEqualTo(403);
            assertThat(answer.isProblem()).isTrue();
        }
        assertUnchanged();
    }

    private void assertUnchanged() {
        assertThat(count("SELECT count(*) FROM positions")).isEqualTo(2);
        assertThat(count("SELECT coalesce(sum(version), 0) FROM positions")).isZero();
        assertThat(count("SELECT count(*) FROM audit_events WHERE action LIKE 'position.%'")).isEqualTo(2);
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
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
