package io.panelist.web.session;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The sign-out button's form: only its CSRF token. */
@Serdeable
record SignOutForm(@Nullable String csrfToken) {
}
