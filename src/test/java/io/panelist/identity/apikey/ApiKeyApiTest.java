package io.panelist.identity.apikey;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.identity.Role;
import io.panelist.shared.SecretTokens;
import io.panelist.support.Answer;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administrators make, list and revoke API keys; a key is shown once, kept as a hash, and stops when revoked or
 * expired.
 */
class ApiKeyApiTest extends IntegrationTest {
    static final String KEYS = "/api/v1/api-keys";
    @Inject
    TestUsers users;
    UUID adminId;
    String admin;

    @BeforeEach
    void anAdministrator() {
        adminId = users.create("admin@example.com", Role.ADMIN);
        admin = api.login("admin@example.com", TestUsers.PASSWORD);
    }

    @Test
    void aNewKeyIsShownOnceAndOnlyItsHashIsKept() throws SQLException {
        Instant expiresAt = Instant.parse("2031-01-01T00:00:00Z");
        Answer created = api.post(KEYS, admin, Map.of("name", "  ATS sync  ",
                "scopes", List.of("candidates:write", "applications:write", "candidates:write"),
                "expiresAt", expiresAt.toString()));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode key = created.json();
        UUID id = UUID.fromString(key.get("id").asText());
        assertThat(created.header("Location")).isEqualTo(KEYS + "/" + id);
        assertThat(key.get("key").asText()).matches("pk_[A-Za-z0-9_-]{43}");
        assertThat(key.get("name").asText()).isEqualTo("ATS sync");
        assertThat(key.get("scopes")).extracting(JsonNode::asText).containsExactly("candidates:write",
                "applications:write");
        assertThat(Instant.parse(key.get("expiresAt").asText())).isEqualTo(expiresAt);
        assertThat(key.get("createdBy").asText()).isEqualTo(adminId.toString());

        try (Connection db = connect(); PreparedStatement read = db.prepareStatement(
                "SELECT key_hash, CAST(api_keys AS text) FROM api_keys WHERE id = ?")) {
            read.setObject(1, id);
            try (ResultSet row = read.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo(SecretTokens.hash(key.get("key").asText()));
                assertThat(row.getString(2)).doesNotContain(key.get("key").asText().substring(3));
            }
        }
        Answer listed = api.get(KEYS, admin);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().get("total").asLong()).isEqualTo(1);
        JsonNode item = listed.json().get("items").get(0);
        assertThat(item.has("key")).isFalse();
        assertThat(item.get("lastUsedAt").isNull()).isTrue();
        assertThat(item.get("revokedAt").isNull()).isTrue();
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'apikey.created' AND actor_id = '"
                + adminId + "' AND actor_type = 'USER' AND entity_id = '" + id + "'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_events WHERE CAST(details AS text) LIKE '%"
                + key.get("key").asText().substring(3) + "%'")).as("the key is not in the audit log").isZero();
    }

    @Test
    void aRevokedKeyIsRefusedFromItsNextUse() {
        ApiKeys.Made made = ApiKeys.make(api, admin, "candidates:write");
        String key = made.key();
        UUID id = made.id();
        assertThat(api.get("/api/v1/candidates", key).status()).isEqualTo(200);

        assertThat(api.delete(KEYS + "/" + id, admin).status()).isEqualTo(204);

        Answer refused = api.get("/api/v1/candidates", key);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.problemType()).isEqualTo("api-key-refused");
        assertThat(refused.json().get("detail").asText()).contains("revoked");
        assertThat(api.delete(KEYS + "/" + id, admin).status()).as("revoking twice").isEqualTo(204);
        assertThat(count("SELECT count(*) FROM audit_events WHERE action = 'apikey.revoked'")).isEqualTo(1);
        assertThat(api.get(KEYS, admin).json().at("/items/0/revokedAt").asText()).isNotBlank();
        assertThat(api.delete(KEYS + "/" + UUID.randomUUID(), admin).status()).isEqualTo(404);
    }

    @Test
    void anExpiredKeyIsRefused() throws SQLException {
        ApiKeys.Made made = ApiKeys.make(api, admin, "candidates:write");
        String key = made.key();
        UUID id = made.id();
        Instant past = Instant.now().minus(Duration.ofDays(1));
        try (Connection db = connect(); PreparedStatement expire = db.prepareStatement(
                "UPDATE api_keys SET created_at = ?, expires_at = ? WHERE id = ?")) {
            expire.setTimestamp(1, Timestamp.from(past.minus(Duration.ofDays(30))));
            expire.setTimestamp(2, Timestamp.from(past));
            expire.setObject(3, id);
            expire.executeUpdate();
        }

        Answer refused = api.get("/api/v1/candidates", key);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
        assertThat(refused.problemType()).isEqualTo("api-key-refused");
        assertThat(refused.json().get("detail").asText()).contains("expired");
    }

    @Test
    void usesShowAsLastUsedWrittenAtMostOnceAMinute() throws SQLException {
        ApiKeys.Made made = ApiKeys.make(api, admin, "candidates:write");
        String key = made.key();
        UUID id = made.id();

        assertThat(api.get("/api/v1/candidates", key).status()).isEqualTo(200);
        Instant first = Instant.parse(api.get(KEYS, admin).json().at("/items/0/lastUsedAt").asText());
        assertThat(first).isBetween(Instant.now().minusSeconds(30), Instant.now().plusSeconds(1));
        assertThat(api.get("/api/v1/candidates", key).status()).isEqualTo(200);
        assertThat(Instant.parse(api.get(KEYS, admin).json().at("/items/0/lastUsedAt").asText()))
                .as("a second use within the minute writes nothing").isEqualTo(first);

        Instant longAgo = first.minus(Duration.ofMinutes(5));
        try (Connection db = connect(); PreparedStatement age = db.prepareStatement(
                "UPDATE api_keys SET last_used_at = ? WHERE id = ?")) {
            age.setTimestamp(1, Timestamp.from(longAgo));
            age.setObject(2, id);
            age.executeUpdate();
        }
        assertThat(api.get("/api/v1/candidates", key).status()).isEqualTo(200);
        assertThat(Instant.parse(api.get(KEYS, admin).json().at("/items/0/lastUsedAt").asText()))
                .isAfter(longAgo.plusSeconds(60));
    }

    @Test
    void badBodiesAreRefusedNamingTheFieldAndWriteNothing() {
        String future = Instant.now().plus(Duration.ofDays(90)).toString();
        Map<String, Map<String, Object>> bodies = Map.of(
                "name", Map.of("name", "   ", "scopes", List.of("interviews:read"), "expiresAt", future),
                "scopes", Map.of("name", "Sync", "scopes", List.of(), "expiresAt", future),
                "scopes[1]", Map.of("name", "Sync", "scopes", List.of("interviews:read", "users:write"),
                        "expiresAt", future),
                "expiresAt", Map.of("name", "Sync", "scopes", List.of("interviews:read"),
                        "expiresAt", Instant.now().minusSeconds(5).toString()));
        bodies.forEach((field, body) -> {
            Answer refused = api.post(KEYS, admin, body);
            assertThat(refused.status()).as(field + ": " + refused).isEqualTo(400);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.json().get("errors")).extracting(e -> e.get("field").asText()).as(field)
                    .contains(field);
        });
        Answer farAway = api.post(KEYS, admin, Map.of("name", "Sync", "scopes", List.of("interviews:read"),
                "expiresAt", "+100000-01-01T00:00:00Z"));
        assertThat(farAway.status()).as(farAway.toString()).isEqualTo(400);
        Answer noExpiry = api.post(KEYS, admin, Map.of("name", "Sync", "scopes", List.of("interviews:read")));
        assertThat(noExpiry.status()).as(noExpiry.toString()).isEqualTo(400);
        assertThat(noExpiry.isProblem()).isTrue();
        assertThat(count("SELECT count(*) FROM api_keys")).isZero();
        assertThat(count("SELECT count(*) FROM audit_events WHERE action LIKE 'apikey.%'")).isZero();
    }

    @Test
    void onlyAdministratorsManageKeys() {
        users.create("rita@example.com", Role.RECRUITER, Role.HIRING_MANAGER, Role.INTERVIEWER);
        String rita = api.login("rita@example.com", TestUsers.PASSWORD);
        ApiKeys.Made made = ApiKeys.make(api, admin, "candidates:write");
        String key = made.key();
        UUID id = made.id();

        assertThat(api.get(KEYS, rita).status()).isEqualTo(403);
        assertThat(api.post(KEYS, rita, ApiKeys.body("interviews:read")).status()).isEqualTo(403);
        assertThat(api.delete(KEYS + "/" + id, rita).status()).isEqualTo(403);
        assertThat(api.get(KEYS, null).status()).isEqualTo(401);
        assertThat(api.post(KEYS, null, ApiKeys.body("interviews:read")).status()).isEqualTo(401);
        Answer byKey = api.post(KEYS, key, ApiKeys.body("interviews:read"));
        assertThat(byKey.status()).as("a key makes no keys").isEqualTo(403);
        assertThat(byKey.problemType()).isEqualTo("api-key-scope");
        assertThat(count("SELECT count(*) FROM api_keys")).isEqualTo(1);
    }
}
