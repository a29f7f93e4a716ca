package io.panelist.questionbank;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.panelist.shared.InvalidInputException;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

/** Rubric anchors: checked to be one per score 1..4, stored as a JSON array ordered by score. */
@Singleton
class Rubrics {
    private final JsonMapper json;

    Rubrics(JsonMapper json) {
        this.json = json;
    }

    static List<Anchor> normalize(List<AnchorInput> inputs) {
        List<Anchor> anchors = inputs.stream().map(AnchorInput::toAnchor)
                .sorted(Comparator.comparingInt(Anchor::score)).toList();
        List<Integer> scores = anchors.stream().map(Anchor::score).toList();
        if (!scores.equals(List.of(1, 2, 3, 4))) {
            throw InvalidInputException.badField("anchors", "must hold one anchor for each score 1, 2, 3 and 4");
        }
        return anchors;
    }

    String toJson(List<Anchor> anchors) {
        try {
            return json.writeValueAsString(anchors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Anchor> fromJson(String text) {
        try {
            return json.readValue(text, Argument.listOf(Anchor.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TopicResponse response(TopicRow row) {
        return new TopicResponse(row.id(), row.key(), row.name(), row.description(), row.rubricVersion(),
                row.currentRubricVersion(), fromJson(row.anchors()), row.version(), row.createdAt(), row.updatedAt());
    }
}
