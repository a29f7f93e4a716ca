package io.panelist.web.plans;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A plain form post of the plan pages (start a draft, new version): only its CSRF token. */
@Serdeable
record PlanForm(@Nullable String csrfToken) {
}
