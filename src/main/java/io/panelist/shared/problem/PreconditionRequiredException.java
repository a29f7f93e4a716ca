package io.panelist.shared.problem;

import io.micronaut.http.HttpStatus;

/** A write that must carry the version it read ({@code If-Match}) came without one. */
public final class PreconditionRequiredException extends PanelistException {
    public PreconditionRequiredException(String what) {
        super(HttpStatus.PRECONDITION_REQUIRED, "if-match-required",
                "Send If-Match with the version of the " + what + " you read (its ETag), so no edit is lost.");
    }

    /** The header was missing altogether, noticed before any code that knows what the resource is. */
    public PreconditionRequiredException() {
        super(HttpStatus.PRECONDITION_REQUIRED, "if-match-required",
                "Send If-Match with the ETag of the version you read, so no edit is lost.");
    }
}
