package io.panelist.questionbank.topics;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** One version of a topic's rubric: its four anchors and when it was made. */
@Serdeable
public record RubricVersion(int version, List<Anchor> anchors, Instant createdAt) {
    public RubricVersion {
        anchors = List.copyOf(anchors);
    }
}
