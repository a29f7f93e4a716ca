package io.panelist.identity.apikey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@MappedEntity("api_keys")
record ApiKey(@Id UUID id, String name, String keyHash, @TypeDef(type = DataType.STRING_ARRAY) String[] scopes,
              UUID createdBy, Instant createdAt, Instant expiresAt, @Nullable Instant revokedAt,
              @Nullable Instant lastUsedAt) {

    List<String> scopeList() {
        return Arrays.asList(scopes);
    }

    boolean usableAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
