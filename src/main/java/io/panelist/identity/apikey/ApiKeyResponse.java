package io.panelist.identity.apikey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An API key as listed: never the key itself, which only the answer to its creation carries. */
@Serdeable
public record ApiKeyResponse(UUID id, String name, List<String> scopes, Instant createdAt, UUID createdBy,
                             Instant expiresAt, @Nullable Instant revokedAt, @Nullable Instant lastUsedAt) {
    public ApiKeyResponse {
        scopes = List.copyOf(scopes);
    }

    static ApiKeyResponse of(ApiKey key) {
        return new ApiKeyResponse(key.id(), key.name(), key.scopeList(), key.createdAt(), key.createdBy(),
                key.expiresAt(), key.revokedAt(), key.lastUsedAt());
    }
}
