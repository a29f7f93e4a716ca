package io.panelist.identity;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.support.Answer;
import io.panelist.support.Api;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityApiTest extends IntegrationTest {
    @Inject
    TestUsers users;

    @Test
    void loginAnswersTokensThatCarryTheUserIdAndRoles() {
        UUID id = users.create("ana@example.com", Role.INTERVIEWER, Role.HIRING_MANAGER);

        Answer login = api.loginAnswer("Ana@Example.com", TestUsers.PASSWORD);

        assertThat(login.status()).isEqualTo(200);
        JsonNode body = login.json();
        assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").asInt()).isEqualTo(900);
        assertThat(body.get("refresh_token").asText()).isNotBlank();
        JsonNode claims = claims(body.get("access_token").asText());
        assertThat(claims.get("sub").asText()).isEqualTo(id.toString());
        assertThat(claims.get("roles")).extracting(JsonNode::asText).containsExactlyInAnyOrder("INTERVIEWER", "HIRING_MANAGER");
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(900);
    }

    @Test
    void meAnswersOwnProfileAndAcceptsNameAndTimeZoneChanges() {
        UUID id = users.create("ana@example.com", Role.INTERVIEWER);
        String token = api.login("ana@example.com", TestUsers.PASSWORD);

        Answer me = api.get("/api/v1/me", token);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("id").asText()).isEqualTo(id.toString());
        assertThat(me.json().get("email").asText()).isEqualTo("ana@example.com");
        assertThat(me.json().get("roles")).extracting(JsonNode::asText).containsExactly("INTERVIEWER");
        assertThat(me.json().get("timeZone").asText()).isEqualTo("Europe/Berlin");

        Answer changed = api.put("/api/v1/me", token, Map.of("displayName", "Ana María", "timeZone", "America/Bogota"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/me", token).json().get("displayName").asText()).isEqualTo("Ana María");
        assertThat(api.get("/api/v1/me", token).json().get("timeZone").asText()).isEqualTo("America/Bogota");
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'user.profile-updated'")).isEqualTo(1);
    }

    @Test
    void wrongPasswordUnknownUserAndDeactivatedUserGetTheSameRefusal() {
        users.create("ana@example.com", Role.INTERVIEWER);
        UUID admin = users.create("admin@example.com", Role.ADMIN);
        UUID ben = users.create("ben@example.com", Role.INTERVIEWER);
        deactivate(ben, admin);

        Answer wrongPassword = api.loginAnswer("ana@example.com", "not-the-password");
        Answer unknown = api.loginAnswer("nobody@example.com", TestUsers.PASSWORD);
        Answer deactivated = api.loginAnswer("ben@example.com", TestUsers.PASSWORD);

        for (Answer answer : List.of(wrongPassword, unknown, deactivated)) {
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.isProblem()).isTrue();
        }
        assertThat(unknown.json().get("detail")).isEqualTo(wrongPassword.json().get("detail"));
        assertThat(deactivated.json().get("detail")).isEqualTo(wrongPassword.json().get("detail"));
    }

    @Test
    void refreshTokenGivesANewAccessTokenAndRotates() {
        users.create("ana@example.com", Role.INTERVIEWER);
        JsonNode login = api.loginAnswer("ana@example.com", TestUsers.PASSWORD).json();
        String first = login.get("refresh_token").asText();

        Answer refreshed = refresh(first);
        assertThat(refreshed.status()).isEqualTo(200);
        String second = refreshed.json().get("refresh_token").asText();
        assertThat(second).isNotEqualTo(first);
        assertThat(api.get("/api/v1/me", refreshed.json().get("access_token").asText()).status()).isEqualTo(200);

        Answer reused = refresh(first);
        assertThat(reused.status()).isEqualTo(401);
        assertThat(reused.problemType()).isEqualTo("invalid-refresh-token");
        assertThat(refresh(second).status()).as("reuse revokes the whole session").isEqualTo(401);
    }

    @Test
    void logoutRevokesTheSessionsRefreshToken() {
        users.create("ana@example.com", Role.INTERVIEWER);
        JsonNode login = api.loginAnswer("ana@example.com", TestUsers.PASSWORD).json();

        Answer logout = api.call("POST", "/logout").token(login.get("access_token").asText()).send();

        assertThat(logout.status()).isEqualTo(204);
        assertThat(refresh(login.get("refresh_token").asText()).status()).isEqualTo(401);
    }

    @Test
    void deactivatedUsersRefreshTokensStopWorking() {
        UUID admin = users.create("admin@example.com", Role.ADMIN);
        UUID ana = users.create("ana@example.com", Role.INTERVIEWER);
        String refreshToken = api.loginAnswer("ana@example.com", TestUsers.PASSWORD).json().get("refresh_token").asText();

        deactivate(ana, admin);

        assertThat(refresh(refreshToken).status()).isEqualTo(401);
    }

    @Test
    void passwordChangeNeedsTheCurrentPasswordAndEndsOtherSessions() {
        users.create("ana@example.com", Role.INTERVIEWER);
        JsonNode laptop = api.loginAnswer("ana@example.com", TestUsers.PASSWORD).json();
        JsonNode phone = api.loginAnswer("ana@example.com", TestUsers.PASSWORD).json();
        String token = laptop.get("access_token").asText();

        Answer wrong = api.put("/api/v1/me/password", token,
                Map.of("currentPassword", "wrong-password-here", "newPassword", "a-brand-new-password"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.problemType()).isEqualTo("wrong-current-password");

        Answer changed = api.put("/api/v1/me/password", token,
                Map.of("currentPassword", TestUsers.PASSWORD, "newPassword", "a-brand-new-password"));
        assertThat(changed.status()).isEqualTo(204);
        assertThat(refresh(phone.get("refresh_token").asText()).status()).isEqualTo(401);
        assertThat(refresh(laptop.get("refresh_token").asText()).status()).isEqualTo(200);
        assertThat(api.loginAnswer("ana@example.com", TestUsers.PASSWORD).status()).isEqualTo(401);
        assertThat(api.loginAnswer("ana@example.com", "a-brand-new-password").status()).isEqualTo(200);
    }

    private Answer refresh(String refreshToken) {
        return api.call("POST", "/oauth/access_token")
                .json(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken)).send();
    }

    private void deactivate(UUID userId, UUID adminId) {
        String adminToken = api.login(adminEmail(adminId), TestUsers.PASSWORD);
        JsonNode user = api.get("/api/v1/users/" + userId, adminToken).json();
        Answer answer = api.putCurrent("/api/v1/users/" + userId, adminToken, Map.of("email",
                user.get("email").asText(),
                "displayName", user.get("displayName").asText(), "roles", user.get("roles"), "active", false));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    }

    private String adminEmail(UUID adminId) {
        return "admin@example.com";
    }

    static JsonNode claims(String jwt) {
        String payload = jwt.split("\\.")[1];
        try {
            return Api.JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
