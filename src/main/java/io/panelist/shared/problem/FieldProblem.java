package io.panelist.shared.problem;

import io.micronaut.serde.annotation.Serdeable;

/** One problem with one input field; {@code field} is a property path or a JSON pointer. */
@Serdeable
public record FieldProblem(String field, String message) {
}
