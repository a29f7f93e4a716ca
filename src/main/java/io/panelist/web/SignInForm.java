package io.panelist.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The sign-in form as posted; the CSRF filter has checked {@code csrfToken} before the controller sees it. */
@Serdeable
record SignInForm(@Nullable String email, @Nullable String password, @Nullable String next,
                  @Nullable String csrfToken) {
}
