package io.panelist.identity.signin;

import io.micronaut.http.HttpStatus;
import io.panelist.shared.problem.PanelistException;

/** The password was right, but passwords do not sign this user in: they sign in through the provider. */
public final class PasswordSignInOffException extends PanelistException {
    PasswordSignInOffException(String provider) {
        super(HttpStatus.FORBIDDEN, "password-sign-in-off",
                "Password sign-in is turned off. Sign in with " + provider + ".");
    }
}
