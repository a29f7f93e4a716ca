package io.panelist.recommendation.decision;

import io.micronaut.http.HttpStatus;
import io.panelist.shared.problem.FieldProblem;
import io.panelist.shared.problem.PanelistException;

import java.util.List;

/** A decision asked for while scorecards of the application are still to come, without acknowledging them. */
public final class ScorecardsPendingException extends PanelistException {
    private final int pending;

    ScorecardsPendingException(int pending) {
        super(HttpStatus.CONFLICT, "scorecards-pending", sentence(pending)
                + " Wait for them, or decide now by sending \"acknowledgePending\": true with the decision.");
        this.pending = pending;
    }

    /** How many scorecards are pending. */
    public int pending() {
        return pending;
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return List.of(new FieldProblem("acknowledgePending", sentence(pending)
                + " Send true to decide without them."));
    }

    static String sentence(int pending) {
        return pending == 1 ? "1 scorecard of this application is still pending."
                : pending + " scorecards of this application are still pending.";
    }
}
