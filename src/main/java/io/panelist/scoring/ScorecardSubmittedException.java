package io.panelist.scoring;

import io.micronaut.http.HttpStatus;
import io.panelist.shared.problem.PanelistException;

public final class ScorecardSubmittedException extends PanelistException {
    ScorecardSubmittedException() {
        super(HttpStatus.CONFLICT, "scorecard-submitted",
                "This scorecard is submitted and no longer changes; amend it with a reason instead.");
    }
}
