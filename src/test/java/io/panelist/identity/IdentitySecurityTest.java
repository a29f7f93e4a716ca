package io.panelist.identity;

import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import io.panelist.support.Tokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Every identity and audit route: 401 without a valid token, 403 with the wrong role. */
class IdentitySecurityTest extends IntegrationTest {
    @Inject
    TestUsers users;
    UUID adminId;
    UUID anaId;
    String recruiter;
    String interviewer;
    String manager;

    record Route(String method, String path, Object body) {
    }

    @BeforeEach
    void createPeople() {
        adminId = users.create("admin@example.com", Role.ADMIN);
        anaId = users.create("ana@example.com", Role.INTERVIEWER);
        users.create("rita@example.com", Role.RECRUITER);
        users.create("mo@example.com", Role.HIRING_MANAGER);
        recruiter = api.login("rita@example.com", TestUsers.PASSWORD);
        interviewer = api.login("ana@example.com", TestUsers.PASSWORD);
        manager = api.login("mo@example.com", TestUsers.PASSWORD);
    }

    List<Route> adminRoutes() {
        Map<String, Object> user = UserAdministrationApiTest.newUser("new@example.com");
        return List.of(new Route("GET", "/api/v1/users", null), new Route("POST", "/api/v1/users", user),
                new Route("GET", "/api/v1/users/" + anaId, null), new Route("PUT", "/api/v1/users/" + anaId, user),
                new Route("GET", "/api/v1/audit", null));
    }

    List<Route> signedInRoutes() {
        return List.of(new Route("GET", "/api/v1/me", null),
                new Route("PUT", "/api/v1/me", Map.of("displayName", "X", "timeZone", "UTC")),
                new Route("PUT", "/api/v1/me/password",
                        Map.of("currentPassword", TestUsers.PASSWORD, "newPassword", "another-long-password")),
                new Route("POST", "/logout", null));
    }

    @Test
    void everyRouteRefusesCallersWithoutAValidToken() {
        String real = api.login("admin@example.com", TestUsers.PASSWORD);
        List<String> badTokens = java.util.Arrays.asList(null, "garbage", Tokens.expired(adminId, "ADMIN"),
                Tokens.foreign(adminId, "ADMIN"), Tokens.tampered(interviewer), Tokens.unsigned(adminId));
        for (Route route : concat(adminRoutes(), signedInRoutes())) {
            for (String token : badTokens) {
                Answer answer = send(route, token);
                assertThat(answer.status()).as(route + " with " + token).isEqualTo(401);
                assertThat(answer.isProblem()).as(route.toString()).isTrue();
            }
        }
        assertThat(api.get("/api/v1/me", real).status()).isEqualTo(200);
        assertThat(count("SELECT count(*) FROM users")).isEqualTo(4);
    }

    @Test
    void onlyAdministratorsManageUsersAndReadTheAuditLog() {
        for (Route route : adminRoutes()) {
            for (String token : List.of(recruiter, interviewer, manager)) {
                Answer answer = send(route, token);
                assertThat(answer.status()).as(route.toString()).isEqualTo(403);
                assertThat(answer.isProblem()).isTrue();
            }
        }
        assertThat(count("SELECT count(*) FROM users")).isEqualTo(4);
    }

    @Test
    void administratorsReadTheAuditLogOfAnEntity() {
        String admin = api.login("admin@example.com", TestUsers.PASSWORD);
        api.put("/api/v1/me", interviewer, Map.of("displayName", "Ana B", "timeZone", "UTC"));

        Answer audit = api.get("/api/v1/audit?entityType=user&entityId=" + anaId, admin);

        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.json().get("items")).extracting(e -> e.get("action").asText())
                .containsExactly("user.profile-updated", "user.created");
        assertThat(audit.json().at("/items/0/details/displayName").asText()).isEqualTo("Ana B");
        assertThat(audit.json().at("/items/0/actorId").asText()).isEqualTo(anaId.toString());
    }

    @Test
    void aTokenKeepsNoRoleItWasNotGiven() {
        Answer answer = api.get("/api/v1/users", Tokens.tampered(interviewer));

        assertThat(answer.status()).isEqualTo(401);
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
