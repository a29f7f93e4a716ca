package io.panelist.questionbank.topics;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("topics")
record Topic(@Id UUID id, String key, String name, String description, int rubricVersion, @Version long version,
             Instant createdAt, Instant updatedAt) {

    Topic withDetails(String name, String description, int rubricVersion, Instant now) {
        return new Topic(id, key, name, description, rubricVersion, version, createdAt, now);
    }
}
