package io.panelist.identity;

import io.micronaut.http.HttpStatus;
import io.panelist.shared.problem.PanelistException;

public final class EmailTakenException extends PanelistException {
    EmailTakenException(String email) {
        super(HttpStatus.CONFLICT, "email-taken", "A user with the email " + email + " already exists.");
    }
}
