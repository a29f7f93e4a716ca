package io.panelist.recruiting.candidates;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** A candidate; after erasure the name reads "Erased candidate" and nothing else about the person is left. */
@Serdeable
public record CandidateResponse(UUID id, String name, @Nullable String email, @Nullable String phone,
                                @Nullable String source, @Nullable String externalId, boolean erased, long version,
                                Instant createdAt, Instant updatedAt) {
    static CandidateResponse of(Candidate candidate) {
        return new CandidateResponse(candidate.id(), candidate.name(), candidate.email(), candidate.phone(),
                candidate.source(), candidate.externalId(), candidate.erasedAt() != null, candidate.version(),
                candidate.createdAt(), candidate.updatedAt());
    }
}
