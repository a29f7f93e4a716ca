package io.panelist.questionbank.topics;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;

/** A stored rubric version, its anchors as JSON text. */
@Introspected
record RubricVersionRow(int version, String anchors, Instant createdAt) {
}
