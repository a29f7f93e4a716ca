package io.panelist.scheduling;

import io.micronaut.http.HttpStatus;
import io.panelist.shared.problem.FieldProblem;
import io.panelist.shared.problem.PanelistException;

import java.util.List;

/** A booking that would take panelists over their limits, each named; {@code overrideLoadLimit} books it anyway. */
public final class LoadLimitException extends PanelistException {
    private final List<FieldProblem> over;

    LoadLimitException(List<PanelLoad.Over> over) {
        super(HttpStatus.CONFLICT, "load-limit", String.join(" ", over.stream().map(PanelLoad.Over::sentence)
                .toList()) + " Send overrideLoadLimit with a reason to book it anyway.");
        this.over = over.stream().map(o -> new FieldProblem("panelistIds/" + o.userId(), o.sentence())).toList();
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return over;
    }
}
