package io.panelist.web.session;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The sign-in form as posted, with the CSRF token the form page carried. */
@Serdeable
record SignInForm(@Nullable String email, @Nullable String password, @Nullable String next,
                  @Nullable String csrfToken) {
}
