package io.panelist.identity;

import io.micronaut.http.HttpStatus;
import io.panelist.shared.FieldProblem;
import io.panelist.shared.PanelistException;

import java.util.List;

public final class WrongPasswordException extends PanelistException {
    WrongPasswordException() {
        super(HttpStatus.BAD_REQUEST, "wrong-current-password", "The current password is not right.");
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return List.of(new FieldProblem("currentPassword", "is not your current password"));
    }
}
