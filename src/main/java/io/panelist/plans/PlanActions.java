package io.panelist.plans;

import io.micronaut.serde.annotation.Serdeable;

/** What one viewer may do with one plan: edit the draft, publish it, start a new version from it. */
@Serdeable
public record PlanActions(boolean edit, boolean publish, boolean newVersion) {
}
