package io.panelist.recruiting.imports;

import io.micronaut.http.HttpStatus;
import io.panelist.shared.problem.PanelistException;

/** An import body over the limit; nothing of it was read further. */
final class ImportTooLargeException extends PanelistException {
    ImportTooLargeException() {
        super(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "payload-too-large", "An import takes a body of at most "
                + ImportBody.MAX_BYTES / (1024 * 1024) + " MB; split the file into several imports.");
    }
}
