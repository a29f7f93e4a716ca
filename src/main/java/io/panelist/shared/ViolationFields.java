package io.panelist.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.Comparator;
import java.util.List;

/** Turns bean-validation paths such as {@code save.request.stages[0].name} into client fields ({@code stages[0].name}). */
final class ViolationFields {
    private ViolationFields() {
    }

    static List<FieldProblem> of(ConstraintViolationException e) {
        return e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(field(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
    }

    private static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getName() == null || node.getName().isEmpty()) {
                appendIndex(field, node);
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
            appendIndex(field, node);
        }
        if (field.isEmpty()) {
            return parameter == null ? "request" : parameter;
        }
        return field.toString();
    }

    private static void appendIndex(StringBuilder field, Path.Node node) {
        if (node.getIndex() != null) {
            field.append('[').append(node.getIndex()).append(']');
        } else if (node.getKey() != null) {
            field.append('[').append(node.getKey()).append(']');
        }
    }
}
