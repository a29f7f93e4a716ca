package io.panelist.questionbank;

import io.micronaut.http.HttpStatus;
import io.panelist.shared.problem.FieldProblem;
import io.panelist.shared.problem.PanelistException;

import java.util.List;

/** Keys identify topics and questions across packs and plans, so they never change. */
public final class KeyChangeException extends PanelistException {
    public KeyChangeException(String what, String key) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, "key-immutable",
                "The key of a " + what + " never changes; this one is " + key + ".");
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return List.of(new FieldProblem("key", "cannot change"));
    }
}
