package io.panelist.questionbank.topics;

import io.micronaut.core.type.Argument;
import io.panelist.shared.Json;
import io.panelist.shared.problem.InvalidInputException;
import jakarta.inject.Singleton;

import java.util.Comparator;
import java.util.List;

/** Rubric anchors: checked to be one per score 1..4, stored as a JSON array ordered by score. */
@Singleton
public class Rubrics {
    private final Json json;

    Rubrics(Json json) {
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
        return json.write(anchors);
    }

    public List<Anchor> fromJson(String text) {
        return json.read(text, Argument.listOf(Anchor.class));
    }

    TopicResponse response(TopicRow row) {
        return new TopicResponse(row.id(), row.key(), row.name(), row.description(), row.rubricVersion(),
                row.currentRubricVersion(), fromJson(row.anchors()), row.version(), row.createdAt(), row.updatedAt());
    }
}
