package io.panelist.shared.problem;

import io.micronaut.http.HttpStatus;

import java.util.List;

/** Input that passed binding but breaks a rule; lists every problem found, not only the first. */
public final class InvalidInputException extends PanelistException {
    private final List<FieldProblem> problems;

    public InvalidInputException(HttpStatus status, String detail, List<FieldProblem> problems) {
        super(status, status == HttpStatus.BAD_REQUEST ? "validation-failed" : "unprocessable", detail);
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException badField(String field, String message) {
        return new InvalidInputException(HttpStatus.BAD_REQUEST, "The request is not valid.",
                List.of(new FieldProblem(field, message)));
    }

    /** A 422: well-formed, but not something that can be done now; {@code message} is the whole sentence. */
    public static InvalidInputException unprocessable(String field, String message) {
        return new InvalidInputException(HttpStatus.UNPROCESSABLE_ENTITY, message,
                List.of(new FieldProblem(field, message)));
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return problems;
    }
}
