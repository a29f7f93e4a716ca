package io.panelist.identity.session;

import io.micronaut.http.HttpStatus;
import io.panelist.shared.problem.PanelistException;

public final class InvalidRefreshTokenException extends PanelistException {
    InvalidRefreshTokenException() {
        super(HttpStatus.UNAUTHORIZED, "invalid-refresh-token",
                "This refresh token is expired, revoked or already used. Sign in again.");
    }
}
