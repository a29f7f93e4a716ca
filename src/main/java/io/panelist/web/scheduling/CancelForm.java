package io.panelist.web.scheduling;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Cancelling an interview: the reason, the version the confirmation page read, and its CSRF token. */
@Serdeable
record CancelForm(@Nullable String reason, @Nullable String version, @Nullable String csrfToken) {
}
