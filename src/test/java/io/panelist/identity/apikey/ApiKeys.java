package io.panelist.identity.apikey;

import io.panelist.support.Answer;
import io.panelist.support.Api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** API keys made the way an administrator makes them, through the API. */
public final class ApiKeys {
    private ApiKeys() {
    }

    /** A key as its maker got it: the id, and the {@code pk_...} value shown that once. */
    public record Made(UUID id, String key) {
    }

    public static Map<String, Object> body(String... scopes) {
        return Map.of("name", "Key for " + String.join(" and ", scopes), "scopes", List.of(scopes),
                "expiresAt", Instant.now().plus(Duration.ofDays(30)).toString());
    }

    public static Made make(Api api, String adminToken, String... scopes) {
        Answer created = api.post("/api/v1/api-keys", adminToken, body(scopes));
        if (created.status() != 201) {
            throw new IllegalStateException("could not make a key: " + created);
        }
        return new Made(UUID.fromString(created.json().get("id").asText()), created.json().get("key").asText());
    }
}
