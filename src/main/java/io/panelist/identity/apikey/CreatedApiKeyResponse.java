package io.panelist.identity.apikey;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A new API key with the key itself ({@code pk_...}): shown this once, only its hash is kept. */
@Serdeable
public record CreatedApiKeyResponse(UUID id, String name, List<String> scopes, Instant createdAt, UUID createdBy,
                                    Instant expiresAt, String key) {
    public CreatedApiKeyResponse {
        scopes = List.copyOf(scopes);
    }

    static CreatedApiKeyResponse of(ApiKey stored, String key) {
        return new CreatedApiKeyResponse(stored.id(), stored.name(), stored.scopeList(), stored.createdAt(),
                stored.createdBy(), stored.expiresAt(), key);
    }
}
