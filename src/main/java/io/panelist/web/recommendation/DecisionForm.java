package io.panelist.web.recommendation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The decision form as posted: the choice, the rationale, the box that acknowledges pending scorecards (absent when
 * unticked), and the CSRF token when posted without a script.
 */
@Serdeable
record DecisionForm(@Nullable String outcome, @Nullable String rationale, @Nullable Boolean acknowledgePending,
                    @Nullable String csrfToken) {
}
