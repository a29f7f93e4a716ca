package io.panelist.shared.problem;

import io.micronaut.http.HttpStatus;

import java.util.UUID;

/** The thing does not exist, or the caller may not know that it exists. */
public final class NotFoundException extends PanelistException {
    public NotFoundException(String what, UUID id) {
        super(HttpStatus.NOT_FOUND, "not-found", what + " " + id + " was not found.");
    }

    public NotFoundException(String detail) {
        super(HttpStatus.NOT_FOUND, "not-found", detail);
    }
}
