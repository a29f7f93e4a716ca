package io.panelist.identity.signin;

import io.micronaut.http.HttpStatus;
import io.panelist.shared.problem.PanelistException;

/** Too many failed sign-ins for the account or from the address; the answer says when to try again. */
public final class SignInThrottledException extends PanelistException {
    private final long retryAfterSeconds;

    SignInThrottledException(long retryAfterSeconds) {
        super(HttpStatus.TOO_MANY_REQUESTS, "too-many-sign-in-attempts",
                "Too many failed sign-in attempts. Try again in " + describe(retryAfterSeconds) + ".");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Seconds until an attempt is let through again, for {@code Retry-After}. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public java.util.Map<String, String> headers() {
        return java.util.Map.of("Retry-After", Long.toString(retryAfterSeconds));
    }

    static String describe(long seconds) {
        if (seconds < 60) {
            return seconds == 1 ? "1 second" : seconds + " seconds";
        }
        long minutes = (seconds + 59) / 60;
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
