package io.panelist.shared.problem;

import io.micronaut.http.HttpStatus;

/**
 * A domain refusal: carries its HTTP status and a stable problem type slug, which is part of the public API.
 * {@link ProblemResponseProcessor} turns every one of them into an {@code application/problem+json} answer.
 */
public abstract class PanelistException extends RuntimeException {
    private final HttpStatus status;
    private final String type;

    protected PanelistException(HttpStatus status, String type, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    /** Field-level problems to list in the answer; most refusals have none. */
    public java.util.List<FieldProblem> fieldProblems() {
        return java.util.List.of();
    }

    /** Headers the answer carries besides the problem document (for example {@code Retry-After}). */
    public java.util.Map<String, String> headers() {
        return java.util.Map.of();
    }
}
