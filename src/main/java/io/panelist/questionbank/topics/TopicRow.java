package io.panelist.questionbank.topics;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;
import java.util.UUID;

/** A topic joined with the anchors of one rubric version (JSON text, parsed by the service). */
@Introspected
public record TopicRow(UUID id, String key, String name, String description, int rubricVersion, int currentRubricVersion,
                String anchors, long version, Instant createdAt, Instant updatedAt) {
}
