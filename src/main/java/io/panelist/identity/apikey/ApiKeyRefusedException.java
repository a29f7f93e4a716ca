package io.panelist.identity.apikey;

import io.micronaut.http.HttpStatus;
import io.panelist.shared.problem.PanelistException;

import java.time.Instant;

/** A known API key that no longer opens anything: revoked, or past its expiry. */
public final class ApiKeyRefusedException extends PanelistException {
    private ApiKeyRefusedException(String detail) {
        super(HttpStatus.UNAUTHORIZED, "api-key-refused", detail);
    }

    static ApiKeyRefusedException revoked() {
        return new ApiKeyRefusedException("This API key was revoked. Ask an administrator for a new one.");
    }

    static ApiKeyRefusedException expired(Instant expiresAt) {
        return new ApiKeyRefusedException("This API key expired at " + expiresAt
                + ". Ask an administrator for a new one.");
    }
}
