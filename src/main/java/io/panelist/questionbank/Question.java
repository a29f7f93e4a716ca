package io.panelist.questionbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("questions")
public record Question(@Id UUID id, String key, int currentRevision, @Nullable Instant retiredAt, @Version long version,
                Instant createdAt, Instant updatedAt) {

    Question withRevision(int revision, Instant now) {
        return new Question(id, key, revision, retiredAt, version, createdAt, now);
    }

    public Question withRetiredAt(@Nullable Instant retiredAt, Instant now) {
        return new Question(id, key, currentRevision, retiredAt, version, createdAt, now);
    }
}
