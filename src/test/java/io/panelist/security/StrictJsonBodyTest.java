package io.panelist.security;

import io.panelist.identity.Role;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JSON body is exactly one JSON value of the shape the endpoint binds: trailing content after it, a second
 * document, or an array where a single value belongs is a 400 problem and writes nothing, while the same body
 * without the extra content is accepted. Sent with java.net.http, which sends the body after the headers.
 */
class StrictJsonBodyTest extends IntegrationTest {
    @Inject
    TestUsers users;
    String admin;

    @BeforeEach
    void signInAsAdmin() {
        users.create("admin@example.com", Role.ADMIN);
        admin = api.login("admin@example.com", TestUsers.PASSWORD);
    }

    @Test
    void contentAfterTheBodyIsABadRequest() {
        String body = "{\"name\": \"Ada Lovelace\", \"email\": \"ada@example.com\"}";
        List<String> failures = new ArrayList<>();
        for (String bad : List.of(body + "}", body + " " + body, body + "]", body + " 5", body + " \"x\"",
                body + "{", body + " null", "[] []", "\"a\" \"b\"")) {
            Answer answer = postCandidate(bad);
            if (answer.status() != 400 || !answer.isProblem()) {
                failures.add(bad + " -> " + answer);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(count("SELECT count(*) FROM candidates")).isZero();
        assertThat(postCandidate(body + " \n\t ").status()).isEqualTo(201);
        assertThat(count("SELECT count(*) FROM candidates")).isEqualTo(1);
    }

    @Test
    void anArrayWhereASingleValueBelongsIsABadRequest() {
        List<String> failures = new ArrayList<>();
        for (String bad : List.of("{\"name\": [\"Ada Lovelace\"]}", "{\"name\": \"Ada\", \"email\": [\"ada@example.com\"]}",
                "{\"name\": [[\"Ada\"]]}", "{\"name\": []}")) {
            Answer answer = postCandidate(bad);
            if (answer.status() != 400 || !answer.isProblem()) {
                failures.add(bad + " -> " + answer);
            }
        }
        Answer enumInArray = api.call("POST", "/api/v1/users").token(admin).raw("""
                {"email": "bo@example.com", "displayName": "Bo", "password": "a-long-enough-password",
                 "roles": ["INTERVIEWER"], "timeZone": ["Europe/Berlin"]}""", "application/json").send();
        if (enumInArray.status() != 400 || !enumInArray.isProblem()) {
            failures.add("timeZone in an array -> " + enumInArray);
        }
        Answer nested = api.call("POST", "/api/v1/topics").token(admin).raw("""
                {"key": "security", "name": "Security", "description": "Secure code.",
                 "anchors": [{"score": [1], "descriptor": "a"}, {"score": 2, "descriptor": "b"},
                             {"score": 3, "descriptor": "c"}, {"score": 4, "descriptor": "d"}]}""",
                "application/json").send();
        if (nested.status() != 400 || !nested.isProblem()) {
            failures.add("anchor score in an array -> " + nested);
        }
        assertThat(failures).isEmpty();
        assertThat(count("SELECT count(*) FROM candidates")).isZero();
        assertThat(count("SELECT count(*) FROM users")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM topics")).isZero();
    }

    @Test
    void arraysWhereTheShapeTakesAListAreStillAccepted() {
        Answer user = api.call("POST", "/api/v1/users").token(admin).raw("""
                {"email": "bo@example.com", "displayName": "Bo", "password": "a-long-enough-password",
                 "roles": ["INTERVIEWER", "HIRING_MANAGER"], "timeZone": "Europe/Berlin"}""", "application/json")
                .send();
        Answer topic = api.call("POST", "/api/v1/topics").token(admin).raw("""
                {"key": "security", "name": "Security", "description": "Secure code.",
                 "anchors": [{"score": 1, "descriptor": "a"}, {"score": 2, "descriptor": "b"},
                             {"score": 3, "descriptor": "c"}, {"score": 4, "descriptor": "d"}]}""",
                "application/json").send();

        assertThat(user.status()).as(user.toString()).isEqualTo(201);
        assertThat(topic.status()).as(topic.toString()).isEqualTo(201);
    }

    private Answer postCandidate(String body) {
        return api.call("POST", "/api/v1/candidates").token(admin).raw(body, "application/json").send();
    }
}
