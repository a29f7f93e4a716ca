package io.panelist.shared.problem;

import io.micronaut.http.HttpStatus;

/** The request clashes with the current state, such as a key that already exists. */
public class ConflictException extends PanelistException {
    public ConflictException(String type, String detail) {
        super(HttpStatus.CONFLICT, type, detail);
    }
}
