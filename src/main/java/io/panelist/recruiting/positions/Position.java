package io.panelist.recruiting.positions;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("positions")
public record Position(@Id UUID id, String title, String level, UUID hiringManagerId, String status, @Version long version,
                Instant createdAt, Instant updatedAt) {
}
