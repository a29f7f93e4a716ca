package io.panelist.identity;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class UserAdministrationApiTest extends IntegrationTest {
    @Inject
    TestUsers users;
    UUID adminId;
    String admin;

    @BeforeEach
    void signInAsAdmin() {
        adminId = users.create("admin@example.com", Role.ADMIN);
        admin = api.login("admin@example.com", TestUsers.PASSWORD);
    }

    @Test
    void adminCreatesAUserWhoCanThenSignIn() {
        Answer created = api.post("/api/v1/users", admin, newUser("ana@example.com"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/users/" + created.json().get("id").asText());
        assertThat(created.json().get("roles")).extracting(JsonNode::asText).containsExactly("INTERVIEWER");
        assertThat(created.json().get("timeZone").asText()).isEqualTo("Europe/Berlin");
        assertThat(created.json().get("weeklyInterviewLimit").asInt()).isEqualTo(6);
        assertThat(created.json().has("passwordHash")).isFalse();
        assertThat(api.loginAnswer("ana@example.com", "at-least-12-chars").status()).isEqualTo(200);
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'user.created' AND actor_id = '"
                + adminId + "'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM users WHERE password_hash LIKE '$2a$10$%'")).isEqualTo(2);
    }

    @Test
    void emailsAreUniqueRegardlessOfCase() {
        api.post("/api/v1/users", admin, newUser("ana@example.com"));

        Answer duplicate = api.post("/api/v1/users", admin, newUser("ANA@example.com"));

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.problemType()).isEqualTo("email-taken");
        assertThat(count("SELECT count(*) FROM users")).isEqualTo(2);
    }

    @Test
    void invalidUsersAreRefusedWithEveryFieldNamed() {
        Map<String, Object> bad = new HashMap<>(newUser("not-an-email"));
        bad.put("password", "short");
        bad.put("timeZone", "+02:00");
        bad.put("weeklyInterviewLimit", 0);
        bad.put("displayName", " ");

        Answer answer = api.post("/api/v1/users", admin, bad);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.problemType()).isEqualTo("validation-failed");
        assertThat(answer.json().get("errors")).extracting(e -> e.get("field").asText())
                .contains("email", "password", "timeZone", "weeklyInterviewLimit", "displayName");
        assertThat(count("SELECT count(*) FROM users")).isEqualTo(1);
    }

    @Test
    void unknownRoleIsABadRequest() {
        Map<String, Object> bad = new HashMap<>(newUser("ana@example.com"));
        bad.put("roles", List.of("SUPERUSER"));

        Answer answer = api.post("/api/v1/users", admin, bad);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.isProblem()).isTrue();
    }

    @Test
    void listPagesAndFilters() {
        users.create("ana@example.com", Role.INTERVIEWER);
        users.create("ben@example.com", Role.INTERVIEWER);
        users.create("rita@example.com", Role.RECRUITER);

        JsonNode page = api.get("/api/v1/users?role=INTERVIEWER&size=1&page=1", admin).json();
        assertThat(page.get("total").asInt()).isEqualTo(2);
        assertThat(page.get("size").asInt()).isEqualTo(1);
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.at("/items/0/email").asText()).isEqualTo("ben@example.com");
        assertThat(api.get("/api/v1/users?q=RITA", admin).json().get("total").asInt()).isEqualTo(1);

        assertThat(api.get("/api/v1/users?size=101", admin).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/users?page=-1", admin).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/users?size=abc", admin).status()).isEqualTo(400);
    }

    @Test
    void staleIfMatchIsRefusedWithTheCurrentVersion() {
        UUID ana = users.create("ana@example.com", Role.INTERVIEWER);
        Map<String, Object> edit = Map.of("email", "ana@example.com", "displayName", "Ana B",
                "roles", List.of("INTERVIEWER", "HIRING_MANAGER"));

        Answer first = api.call("PUT", "/api/v1/users/" + ana).token(admin).header("If-Match", "\"0\"").json(edit).send();
        Answer second = api.call("PUT", "/api/v1/users/" + ana).token(admin).header("If-Match", "\"0\"").json(edit).send();

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("ETag")).isEqualTo("\"1\"");
        assertThat(second.status()).isEqualTo(412);
        assertThat(second.problemType()).isEqualTo("stale-version");
        assertThat(second.json().at("/context/currentVersion").asInt()).isEqualTo(1);
    }

    @Test
    void theLastAdministratorCannotBeDemoted() {
        Answer answer = api.putCurrent("/api/v1/users/" + adminId, admin,
                Map.of("email", "admin@example.com", "displayName", "Admin", "roles", List.of("RECRUITER")));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.problemType()).isEqualTo("last-admin");
    }

    @Test
    void unknownUserIsNotFound() {
        assertThat(api.get("/api/v1/users/" + UUID.randomUUID(), admin).status()).isEqualTo(404);
    }

    static Map<String, Object> newUser(String email) {
        return Map.of("email", email, "displayName", "Ana", "password", "at-least-12-chars",
                "roles", List.of("INTERVIEWER"), "timeZone", "Europe/Berlin", "weeklyInterviewLimit", 6);
    }
}
