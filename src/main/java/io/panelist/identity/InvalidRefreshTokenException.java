package io.panelist.identity;

import io.micronaut.http.HttpStatus;
import io.panelist.shared.PanelistException;

public final class InvalidRefreshTokenException extends PanelistException {
    InvalidRefreshTokenException() {
        super(HttpStatus.UNAUTHORIZED, "invalid-refresh-token",
                "This refresh token is expired, revoked or already used. Sign in again.");
    }
}
