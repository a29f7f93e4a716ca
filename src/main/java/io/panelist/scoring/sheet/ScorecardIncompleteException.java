package io.panelist.scoring.sheet;

import io.micronaut.http.HttpStatus;
import io.panelist.shared.problem.FieldProblem;
import io.panelist.shared.problem.PanelistException;

import java.util.List;

/** Submission refused: names every missing topic (by topicKey), the vote and the summary as they apply. */
public final class ScorecardIncompleteException extends PanelistException {
    private final List<FieldProblem> missing;

    public ScorecardIncompleteException(List<FieldProblem> missing) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, "scorecard-incomplete",
                "The scorecard is missing " + missing.size() + " item" + (missing.size() == 1 ? "" : "s") + ".");
        this.missing = List.copyOf(missing);
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return missing;
    }
}
