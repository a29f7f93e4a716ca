package io.panelist.shared.problem;

import io.micronaut.http.HttpStatus;

/** The write carried a version that is no longer current: refused, never merged silently. */
public final class StaleVersionException extends PanelistException {
    private final long currentVersion;

    public StaleVersionException(String what, long currentVersion) {
        super(HttpStatus.PRECONDITION_FAILED, "stale-version",
                what + " was changed by someone else; it is now at version " + currentVersion
                        + ". Reload it and apply your change again.");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
