package io.panelist.shared.problem;

import io.micronaut.http.HttpStatus;

/** The caller is known and the object exists, but this action on it is not theirs to take. */
public final class ForbiddenException extends PanelistException {
    public ForbiddenException(String detail) {
        super(HttpStatus.FORBIDDEN, "forbidden", detail);
    }
}
