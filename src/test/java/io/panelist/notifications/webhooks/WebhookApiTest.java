package io.panelist.notifications.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.identity.Role;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook API as an administrator uses it, and what it refuses: targets that are not http(s), carry credentials
 * or point into a private network (PANELIST_WEBHOOKS_ALLOW_PRIVATE is off here), unknown events, other roles, stale
 * versions. The targets are public addresses written as IP literals, so no test depends on DNS.
 */
class WebhookApiTest extends IntegrationTest {
    static final String TARGET = "https://203.0.113.10/hooks/panelist";
    @Inject
    TestUsers users;
    String admin;

    @BeforeEach
    void signIn() {
        users.create("admin@example.com", Role.ADMIN);
        users.create("rita@example.com", Role.RECRUITER);
        users.create("mo@example.com", Role.HIRING_MANAGER);
        admin = api.login("admin@example.com", TestUsers.PASSWORD);
    }

    @Test
    void theSecretIsInTheAnswerToCreatingAndNowhereElse() {
        Answer created = api.post("/api/v1/webhooks", admin, body(TARGET, "interview.scheduled", "decision.recorded"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asText();
        String secret = created.json().get("secret").asText();
        assertThat(secret).matches("whsec_[A-Za-z0-9+/]{43}=");
        assertThat(java.util.Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
        assertThat(created.header("Location")).isEqualTo("/api/v1/webhooks/" + id);
        assertThat(created.json().get("events")).extracting(JsonNode::asText)
                .containsExactly("interview.scheduled", "decision.recorded");
        assertThat(created.json().get("active").asBoolean()).isTrue();
        Answer read = api.get("/api/v1/webhooks/" + id, admin);
        Answer list = api.get("/api/v1/webhooks", admin);
        Answer changed = api.call("PUT", "/api/v1/webhooks/" + id).token(admin).header("If-Match", "\"0\"")
                .json(Map.of("url", TARGET, "events", List.of("scorecard.submitted"), "active", false)).send();
        for (Answer answer : List.of(read, list, changed)) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            assertThat(answer.text()).doesNotContain(secret).doesNotContain("secret").doesNotContain("whsec_");
        }
        assertThat(list.json().get("total").asInt()).isEqualTo(1);
        assertThat(changed.json().get("active").asBoolean()).isFalse();
        assertThat(changed.header("ETag")).isEqualTo("\"1\"");
        assertThat(count("SELECT count(*) FROM audit_events WHERE entity_type = 'webhook'")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM audit_events WHERE details::text LIKE '%whsec_%'")).isZero();
    }

    @Test
    void targetsThatAreNotHttpCarryCredentialsOrArePrivateAreRefused() {
        for (String url : List.of("ftp://203.0.113.10/hooks", "file:///etc/passwd", "javascript:alert(1)",
                "https://user:pass@203.0.113.10/hooks", "http://127.0.0.1:8080/hooks", "http://10.1.2.3/",
                "http://172.16.5.4/", "http://172.31.255.255/", "http://192.168.1.1/", "http://169.254.169.254/latest",
                "http://0.0.0.0/", "http://[::1]/", "http://[fc00::1]/", "http://[fd12:3456::1]/", "http://[fe80::1]/",
                "http://localhost/hooks")) {
            Answer refused = api.post("/api/v1/webhooks", admin, body(url, "interview.scheduled"));
            assertThat(refused.status()).as(url + ": " + refused).isEqualTo(400);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.json().at("/errors/0/field").asText()).as(url).isEqualTo("url");
        }
        assertThat(api.post("/api/v1/webhooks", admin, body("http://172.32.0.1/", "interview.scheduled")).status())
                .as("172.32/16 is outside 172.16/12").isEqualTo(201);
        assertThat(count("SELECT count(*) FROM webhooks")).isEqualTo(1);
    }

    @Test
    void anUnknownEventIsRefusedWithTheAllowedList() {
        Answer refused = api.post("/api/v1/webhooks", admin, body(TARGET, "interview.scheduled", "candidate.hired"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asText()).contains("candidate.hired").contains("interview.scheduled, "
                + "interview.rescheduled, interview.cancelled, scorecard.submitted, decision.recorded, candidate.erased");
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("events[1]");
        assertThat(api.post("/api/v1/webhooks", admin, Map.of("url", TARGET, "events", List.of())).status())
                .isEqualTo(400);
        assertThat(count("SELECT count(*) FROM webhooks")).isZero();
    }

    @Test
    void onlyAdministratorsReachWebhooks() {
        String id = api.post("/api/v1/webhooks", admin, body(TARGET, "candidate.erased")).json().get("id").asText();
        for (String email : List.of("rita@example.com", "mo@example.com")) {
            String token = api.login(email, TestUsers.PASSWORD);
            assertThat(api.get("/api/v1/webhooks", token).status()).isEqualTo(403);
            assertThat(api.get("/api/v1/webhooks/" + id, token).status()).isEqualTo(403);
            assertThat(api.post("/api/v1/webhooks", token, body(TARGET, "candidate.erased")).status()).isEqualTo(403);
            assertThat(api.delete("/api/v1/webhooks/" + id, token).status()).isEqualTo(403);
            assertThat(api.get("/api/v1/webhooks/" + id + "/deliveries", token).status()).isEqualTo(403);
        }
        assertThat(api.get("/api/v1/webhooks", null).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/webhooks", null, body(TARGET, "candidate.erased")).status()).isEqualTo(401);
        assertThat(count("SELECT count(*) FROM webhooks")).isEqualTo(1);
    }

    @Test
    void unknownWebhooksAre404AndAStaleVersionIs412() {
        String missing = "/api/v1/webhooks/" + UUID.randomUUID();
        assertThat(api.get(missing, admin).status()).isEqualTo(404);
        assertThat(api.putCurrent(missing, admin, body(TARGET, "candidate.erased")).status()).isEqualTo(404);
        assertThat(api.delete(missing, admin).status()).isEqualTo(404);
        assertThat(api.get(missing + "/deliveries", admin).status()).isEqualTo(404);

        String path = "/api/v1/webhooks/" + api.post("/api/v1/webhooks", admin, body(TARGET, "candidate.erased"))
                .json().get("id").asText();
        Answer first = api.call("PUT", path).token(admin).header("If-Match", "\"0\"")
                .json(body(TARGET, "decision.recorded")).send();
        Answer stale = api.call("PUT", path).token(admin).header("If-Match", "\"0\"")
                .json(body(TARGET, "scorecard.submitted")).send();

        assertThat(first.status()).isEqualTo(200);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.problemType()).endsWith("stale-version");
        assertThat(api.get(path, admin).json().get("events")).extracting(JsonNode::asText)
                .containsExactly("decision.recorded");
        assertThat(api.delete(path, admin).status()).isEqualTo(204);
        assertThat(api.get(path, admin).status()).isEqualTo(404);
    }

    private static Map<String, Object> body(String url, String... events) {
        return Map.of("url", url, "events", List.of(events));
    }
}
