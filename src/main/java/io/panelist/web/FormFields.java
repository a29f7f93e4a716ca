package io.panelist.web;

import io.micronaut.core.annotation.Nullable;
import io.panelist.shared.ETags;
import io.panelist.shared.problem.ViolationFields;
import jakarta.validation.ConstraintViolation;

import java.util.OptionalLong;
import java.util.UUID;

/**
 * What every page form reads the same way: the version it was filled in at, an id picked from a list, and the field a
 * violation names.
 */
public final class FormFields {
    private FormFields() {
    }

    /** The version a form carried; a form without a readable one is treated as stale, never as "no check". */
    public static OptionalLong version(@Nullable String text) {
        try {
            return OptionalLong.of(Long.parseLong(text == null ? "" : text.trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.of(ETags.UNREADABLE);
        }
    }

    /** An id a form picked or carried; blank or not an id reads as none, for the service to refuse by name. */
    public static @Nullable UUID uuid(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The form field a constraint speaks of: the first name in its path ({@code tags[2]} is the tags field), as
     * {@link ViolationFields} reads it; {@code form} for a constraint on the whole form.
     */
    public static String field(ConstraintViolation<?> violation) {
        String field = ViolationFields.topField(violation);
        return field.isEmpty() ? "form" : field;
    }
}
