package io.panelist.recruiting.candidates;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("candidates")
public record Candidate(@Id UUID id, String name, @Nullable String email, @Nullable String phone, @Nullable String source,
                 @Nullable String externalId, @Nullable Instant erasedAt, @Version long version, Instant createdAt,
                 Instant updatedAt) {
    static final String ERASED_NAME = "Erased candidate";
}
