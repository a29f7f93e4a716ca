package io.panelist.plans.rules;

import io.micronaut.http.HttpStatus;
import io.panelist.shared.problem.FieldProblem;
import io.panelist.shared.problem.PanelistException;

import java.util.List;

/** Publishing refused: every problem of the plan, each with its JSON pointer. */
public final class PlanInvalidException extends PanelistException {
    private final List<FieldProblem> problems;

    public PlanInvalidException(List<FieldProblem> problems) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, "plan-invalid", "The plan cannot be published: it has "
                + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + ".");
        this.problems = List.copyOf(problems);
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return problems;
    }
}
