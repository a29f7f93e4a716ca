package io.panelist.scheduling;

import io.micronaut.http.HttpStatus;
import io.panelist.shared.problem.FieldProblem;
import io.panelist.shared.problem.PanelistException;

import java.util.List;

/** A booking that would take panelists over their limits, each named; {@code overrideLoadLimit} books it anyway. */
public final class LoadLimitException extends PanelistException {
    private final List<PanelistOverLimit> over;

    LoadLimitException(List<PanelistOverLimit> over) {
        super(HttpStatus.CONFLICT, "load-limit", String.join(" ", over.stream().map(PanelistOverLimit::sentence)
                .toList()) + " Send overrideLoadLimit with a reason to book it anyway.");
        this.over = List.copyOf(over);
    }

    /** Who would be over which limit, for a page to say so in its own words. */
    public List<PanelistOverLimit> over() {
        return over;
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return over.stream().map(o -> new FieldProblem("panelistIds/" + o.panelistId(), o.sentence())).toList();
    }
}
