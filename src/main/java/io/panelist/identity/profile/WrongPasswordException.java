package io.panelist.identity.profile;

import io.micronaut.http.HttpStatus;
import io.panelist.shared.problem.FieldProblem;
import io.panelist.shared.problem.PanelistException;

import java.util.List;

public final class WrongPasswordException extends PanelistException {
    public WrongPasswordException() {
        super(HttpStatus.BAD_REQUEST, "wrong-current-password", "The current password is not right.");
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return List.of(new FieldProblem("currentPassword", "is not your current password"));
    }
}
