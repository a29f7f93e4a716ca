package io.panelist.questionbank.packs;

import io.micronaut.http.HttpStatus;
import io.panelist.shared.problem.FieldProblem;
import io.panelist.shared.problem.PanelistException;

import java.util.List;

/** The pack was refused whole; every problem is listed with its JSON pointer. */
public final class PackInvalidException extends PanelistException {
    private final List<FieldProblem> problems;

    PackInvalidException(List<FieldProblem> problems) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, "pack-invalid",
                "The pack has " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                        + "; nothing was imported.");
        this.problems = List.copyOf(problems);
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return problems;
    }
}
