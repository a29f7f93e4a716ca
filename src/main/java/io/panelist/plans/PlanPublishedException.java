package io.panelist.plans;

import io.micronaut.http.HttpStatus;
import io.panelist.shared.problem.PanelistException;

import java.util.UUID;

public final class PlanPublishedException extends PanelistException {
    PlanPublishedException(UUID planId, PlanStatus status) {
        super(HttpStatus.CONFLICT, status == PlanStatus.ARCHIVED ? "plan-archived" : "plan-published",
                "Plan " + planId + " is " + status.name().toLowerCase(java.util.Locale.ROOT)
                        + " and never changes; create a new version to change it.");
    }
}
