package io.panelist.identity.session;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("refresh_tokens")
record RefreshToken(@Id UUID id, UUID userId, UUID familyId, String tokenHash, Instant createdAt, Instant expiresAt,
                    @Nullable Instant usedAt, @Nullable Instant revokedAt) {
}
