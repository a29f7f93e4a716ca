package io.panelist.identity.standing;

import io.panelist.identity.Role;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import io.panelist.web.BrowserSession;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deactivating a user or taking a role away works from the very next request, on the API and on the pages, though
 * the access tokens already issued stay valid for up to 15 minutes.
 */
class ImmediateEffectApiTest extends IntegrationTest {
    @Inject
    TestUsers users;
    String admin;
    UUID rita;

    @BeforeEach
    void anAdministratorAndARecruiter() {
        users.create("admin@example.com", Role.ADMIN);
        rita = users.create("rita@example.com", Role.RECRUITER, Role.INTERVIEWER);
        admin = api.login("admin@example.com", TestUsers.PASSWORD);
    }

    @Test
    void aDeactivatedUsersStillValidTokenIsRefusedOnTheNextRequest() {
        String token = api.login("rita@example.com", TestUsers.PASSWORD);
        assertThat(api.get("/api/v1/me", token).status()).isEqualTo(200);

        change(rita, List.of("RECRUITER", "INTERVIEWER"), false);

        Answer refused = api.get("/api/v1/me", token);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
        assertThat(refused.isProblem()).isTrue();
        assertThat(api.post("/api/v1/candidates", token, Map.of("name", "Nora New")).status()).isEqualTo(401);
        assertThat(count("SELECT count(*) FROM candidates")).isZero();
        assertThat(api.loginAnswer("rita@example.com", TestUsers.PASSWORD).status()).isEqualTo(401);

        change(rita, List.of("RECRUITER", "INTERVIEWER"), true);
        assertThat(api.get("/api/v1/me", token).status()).as("reactivated, the same token works again").isEqualTo(200);
    }

    @Test
    void aRemovedRoleIsGoneFromTheNextRequestWhileTheOthersStay() {
        String token = api.login("rita@example.com", TestUsers.PASSWORD);
        assertThat(api.post("/api/v1/candidates", token, Map.of("name", "Nora New")).status()).isEqualTo(201);

        change(rita, List.of("INTERVIEWER"), true);

        Answer refused = api.post("/api/v1/candidates", token, Map.of("name", "Olly Other"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();
        assertThat(count("SELECT count(*) FROM candidates")).isEqualTo(1);
        assertThat(api.get("/api/v1/me", token).status()).as("still signed in as an interviewer").isEqualTo(200);
    }

    /** The roles of a token bound what it can do: a role granted later needs a new token (a refresh gives one). */
    @Test
    void aRoleGrantedAfterTheTokenWasIssuedNeedsANewToken() {
        UUID ivy = users.create("ivy@example.com", Role.INTERVIEWER);
        Answer login = api.loginAnswer("ivy@example.com", TestUsers.PASSWORD);
        String token = login.json().get("access_token").asText();

        change(ivy, List.of("INTERVIEWER", "RECRUITER"), true);

        assertThat(api.post("/api/v1/candidates", token, Map.of("name", "Nora New")).status()).isEqualTo(403);
        Answer refreshed = api.call("POST", "/oauth/access_token").json(Map.of("grant_type", "refresh_token",
                "refresh_token", login.json().get("refresh_token").asText())).send();
        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        String renewed = refreshed.json().get("access_token").asText();
        assertThat(api.post("/api/v1/candidates", renewed, Map.of("name", "Nora New")).status()).isEqualTo(201);
    }

    @Test
    void aDeactivatedUsersPagesSendThemToSignIn() {
        BrowserSession browser = new BrowserSession(server.getURI());
        Answer signedIn = browser.signIn("rita@example.com", TestUsers.PASSWORD);
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(303);
        assertThat(browser.page("/me/notifications").status()).isEqualTo(200);

        change(rita, List.of("RECRUITER", "INTERVIEWER"), false);

        Answer visit = browser.page("/me/notifications");
        assertThat(visit.status()).isEqualTo(303);
        assertThat(visit.header("Location")).startsWith("/session/renew");
        Answer renewal = browser.page(visit.header("Location"));
        assertThat(renewal.status()).isEqualTo(303);
        assertThat(renewal.header("Location")).startsWith("/signin");
    }

    /** Concurrent requests share reads of the users table; each still gets its own user's standing. */
    @Test
    void concurrentRequestsOfManyPeopleEachGetTheirOwnAnswer() throws Exception {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            users.create("person" + i + "@example.com", Role.INTERVIEWER);
            tokens.add(api.login("person" + i + "@example.com", TestUsers.PASSWORD));
        }
        String ritas = api.login("rita@example.com", TestUsers.PASSWORD);
        change(rita, List.of("RECRUITER", "INTERVIEWER"), false);

        ExecutorService callers = Executors.newFixedThreadPool(12);
        try {
            List<Future<Integer>> people = new ArrayList<>();
            List<Future<Integer>> ritasCalls = new ArrayList<>();
            for (int round = 0; round < 10; round++) {
                tokens.forEach(token -> people.add(callers.submit(() -> api.get("/api/v1/me", token).status())));
                ritasCalls.add(callers.submit(() -> api.get("/api/v1/me", ritas).status()));
            }
            for (Future<Integer> answer : people) {
                assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo(200);
            }
            for (Future<Integer> answer : ritasCalls) {
                assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo(401);
            }
        } finally {
            callers.shutdownNow();
        }
    }

    private void change(UUID user, List<String> roles, boolean active) {
        Answer read = api.get("/api/v1/users/" + user, admin);
        Answer changed = api.call("PUT", "/api/v1/users/" + user).token(admin).header("If-Match", read.header("ETag"))
                .json(Map.of("email", read.json().get("email").asText(),
                        "displayName", read.json().get("displayName").asText(), "roles", roles, "active", active))
                .send();
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    }
}
