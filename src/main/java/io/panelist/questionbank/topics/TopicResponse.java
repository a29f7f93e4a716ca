package io.panelist.questionbank.topics;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A topic with the anchors of one rubric version: the current one, unless a version was asked for.
 * {@code currentRubricVersion} says which is in force now.
 */
@Serdeable
public record TopicResponse(UUID id, String key, String name, String description, int rubricVersion,
                            int currentRubricVersion, List<Anchor> anchors, long version, Instant createdAt,
                            Instant updatedAt) {
    public TopicResponse {
        anchors = List.copyOf(anchors);
    }
}
