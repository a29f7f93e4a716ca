package io.panelist.scheduling.links.throttle;

import io.micronaut.http.HttpStatus;
import io.panelist.shared.problem.PanelistException;

import java.util.Map;

/** An address that sent more public requests this minute than the limit; the answer says when to try again. */
public final class TooManyRequestsException extends PanelistException {
    private final long retryAfterSeconds;

    TooManyRequestsException(long retryAfterSeconds) {
        super(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests",
                "Too many requests from your address. Try again in " + retryAfterSeconds
                        + (retryAfterSeconds == 1 ? " second." : " seconds."));
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", Long.toString(retryAfterSeconds));
    }
}
