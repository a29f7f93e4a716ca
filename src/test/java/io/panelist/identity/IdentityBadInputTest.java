package io.panelist.identity;

import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of bad input answers a 4xx problem+json, and none of it writes anything. */
class IdentityBadInputTest extends IntegrationTest {
    @Inject
    TestUsers users;
    String admin;

    @BeforeEach
    void signInAsAdmin() {
        users.create("admin@example.com", Role.ADMIN);
        admin = api.login("admin@example.com", TestUsers.PASSWORD);
    }

    @Test
    void malformedJsonIsABadRequest() {
        Answer answer = api.call("POST", "/api/v1/users").token(admin).raw("{\"email\": ", "application/json").send();

        assertProblem(answer, 400);
        assertThat(answer.json().get("detail").asText()).doesNotContain("io.panelist");
    }

    @Test
    void wrongTypesAndNullsAreBadRequests() {
        assertProblem(api.call("POST", "/api/v1/users").token(admin)
                .raw("{\"email\": 5, \"displayName\": [], \"password\": {}, \"roles\": \"ADMIN\"}", "application/json")
                .send(), 400);
        assertProblem(api.call("POST", "/api/v1/users").token(admin)
                .raw("{\"email\": null, \"displayName\": null, \"password\": null, \"roles\": null}", "application/json")
                .send(), 400);
        assertProblem(api.call("POST", "/api/v1/users").token(admin).raw("[]", "application/json").send(), 400);
        assertThat(count("SELECT count(*) FROM users")).isEqualTo(1);
    }

    @Test
    void failedValidationListsFieldsAndMessages() {
        Answer answer = api.post("/api/v1/users", admin, Map.of("email", "x", "roles", List.of()));

        assertProblem(answer, 400);
        assertThat(answer.json().get("errors")).isNotEmpty();
        answer.json().get("errors").forEach(error -> {
            assertThat(error.get("field").asText()).isNotBlank();
            assertThat(error.get("message").asText()).isNotBlank();
        });
    }

    @Test
    void malformedUuidInAPathIsRefused() {
        Answer answer = api.get("/api/v1/users/not-a-uuid", admin);

        assertThat(answer.status()).isIn(400, 404);
        assertThat(answer.isProblem()).isTrue();
    }

    @Test
    void unknownRouteWrongMethodAndWrongMediaType() {
        assertProblem(api.get("/api/v1/no-such-thing", admin), 404);
        assertProblem(api.call("DELETE", "/api/v1/me").token(admin).send(), 405);
        assertProblem(api.call("POST", "/api/v1/users").token(admin).raw("email=a@b.c", "text/plain").send(), 415);
    }

    @Test
    void aBodyOverOneMegabyteIsTooLarge() {
        String huge = "{\"email\": \"" + "a".repeat(1_100_000) + "\"}";

        Answer answer = api.call("POST", "/api/v1/users").token(admin).raw(huge, "application/json").send();

        assertProblem(answer, 413);
        assertThat(count("SELECT count(*) FROM users")).isEqualTo(1);
    }

    @Test
    void hostileButWellFormedTextIsStoredVerbatimOrRefusedNeverAFailure() {
        Answer answer = api.put("/api/v1/me", admin,
                Map.of("displayName", "Robert'); DROP TABLE users;-- \u0000\u202E", "timeZone", "UTC"));

        assertThat(answer.status()).isIn(200, 400);
        assertThat(count("SELECT count(*) FROM users")).isEqualTo(1);
    }

    @Test
    void loginWithoutCredentialsOrWithGarbageIsRefusedAsAProblem() {
        assertThat(api.call("POST", "/login").raw("{}", "application/json").send().isProblem()).isTrue();
        assertThat(api.call("POST", "/login").raw("nonsense", "application/json").send().status()).isIn(400, 401);
        Answer longPassword = api.loginAnswer("admin@example.com", "p".repeat(100_000));
        assertProblem(longPassword, 401);
    }

    @Test
    void everyErrorCarriesARequestIdThatTheAnswerHeaderRepeats() {
        Answer answer = api.call("GET", "/api/v1/users/" + java.util.UUID.randomUUID()).token(admin)
                .header("X-Request-Id", "trace-me-42").send();

        assertProblem(answer, 404);
        assertThat(answer.json().get("requestId").asText()).isEqualTo("trace-me-42");
        assertThat(answer.header("X-Request-Id")).isEqualTo("trace-me-42");
    }

    private static void assertProblem(Answer answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
        assertThat(answer.json().get("status").asInt()).isEqualTo(status);
        assertThat(answer.json().get("type").asText()).startsWith("urn:panelist:problem:");
        assertThat(answer.json().get("title").asText()).isNotBlank();
        assertThat(answer.text()).doesNotContain("Exception", "at io.");
    }
}
