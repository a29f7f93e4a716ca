package io.panelist.shared.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.Comparator;
import java.util.List;

/**
 * The one way from a bean-validation violation to the field it names: paths such as {@code save.request.stages[0].name}
 * become client fields ({@code stages[0].name}), for problem bodies and for page forms alike.
 */
public final class ViolationFields {
    private ViolationFields() {
    }

    static List<FieldProblem> of(ConstraintViolationException e) {
        return e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(field(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
    }

    /**
     * The field a violation names as a client writes it ({@code stages[0].topics[1].weight}, {@code tags[2]}), without
     * the method and parameter it was found on; empty when it names the whole object rather than a field of it.
     */
    public static String path(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (isCall(node.getKind())) {
                continue;
            }
            // a node's index says where its parent sits in a list: stages[0].name is (stages)(name, index 0)
            if (node.isInIterable()) {
                appendIndex(field, node);
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getName() == null || node.getName().isEmpty()
                    || node.getName().startsWith("<")) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.toString();
    }

    /**
     * The top-level field a violation names, the one a form shows it next to ({@code tags} for {@code tags[2]},
     * {@code stages} for {@code stages[0].name}); empty when it names the whole object.
     */
    public static String topField(ConstraintViolation<?> violation) {
        String path = path(violation);
        int end = 0;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
            end++;
        }
        return path.substring(0, end);
    }

    /** The client field, or for a violation of a whole parameter that parameter ({@code request} when unnamed). */
    private static String field(ConstraintViolation<?> violation) {
        String path = path(violation);
        if (!path.isEmpty()) {
            return path;
        }
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            }
        }
        return parameter == null ? "request" : parameter;
    }

    private static boolean isCall(ElementKind kind) {
        return switch (kind) {
            case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER, PARAMETER -> true;
            default -> false;
        };
    }

    private static void appendIndex(StringBuilder field, Path.Node node) {
        if (node.getIndex() != null) {
            field.append('[').append(node.getIndex()).append(']');
        } else if (node.getKey() != null) {
            field.append('[').append(node.getKey()).append(']');
        }
    }
}
