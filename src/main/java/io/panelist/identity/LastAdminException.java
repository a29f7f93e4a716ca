package io.panelist.identity;

import io.micronaut.http.HttpStatus;
import io.panelist.shared.problem.PanelistException;

public final class LastAdminException extends PanelistException {
    LastAdminException() {
        super(HttpStatus.CONFLICT, "last-admin",
                "This is the last active administrator; make someone else an administrator first.");
    }
}
