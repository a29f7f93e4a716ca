package io.panelist.questionbank.topics;

import io.micronaut.serde.annotation.Serdeable;

/** What an answer at one rubric score (1 Strong no .. 4 Strong yes) shows. */
@Serdeable
public record Anchor(int score, String label, String descriptor) {
    public static final java.util.List<String> DEFAULT_LABELS = java.util.List.of("Strong no", "No", "Yes", "Strong yes");
}
