package io.panelist.web.identity;

import io.panelist.web.FormFields;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.panelist.identity.CreateUserRequest;
import io.panelist.identity.EmailTakenException;
import io.panelist.identity.IdentityService;
import io.panelist.identity.LastAdminException;
import io.panelist.identity.UpdateUserRequest;
import io.panelist.identity.UserResponse;
import io.panelist.shared.problem.StaleVersionException;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * The user forms' side of the identity service: the form becomes the API's request, is checked with the API's own
 * constraints, and is saved; what cannot be saved comes back as the form with its problems, nothing written.
 */
@Singleton
class UserAdmin {
    private static final String FIX_FIELDS = "Nothing was saved. Fix the fields marked below and save again.";
    private static final String STALE = "Someone else changed this user while you were editing, so nothing was "
            + "saved. Reload the page to see their change, then make yours again.";
    private final IdentityService identity;
    private final Validator validator;

    UserAdmin(IdentityService identity, Validator validator) {
        this.identity = identity;
        this.validator = validator;
    }

    /** Either the saved user, or the form to show again with the status to answer. */
    record Outcome(@Nullable UserResponse saved, @Nullable UserFormView form, HttpStatus status) {
    }

    Outcome create(UUID actorId, UserForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer limit = limit(form, errors);
        CreateUserRequest request = new CreateUserRequest(text(form.email()).trim(), text(form.displayName()),
                text(form.password()), form.roles(), zone(form), limit);
        validator.validate(request).forEach(v -> errors.putIfAbsent(FormFields.field(v), words(v)));
        if (!errors.isEmpty()) {
            return refused(true, form, errors, FIX_FIELDS, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        try {
            return new Outcome(identity.createUser(actorId, request), null, HttpStatus.CREATED);
        } catch (EmailTakenException e) {
            errors.put("email", "is already used by another user");
            return refused(true, form, errors, FIX_FIELDS, HttpStatus.CONFLICT);
        }
    }

    Outcome update(UUID actorId, UUID userId, UserForm form) {
        UserResponse current = identity.getUser(userId);
        Map<String, String> errors = new LinkedHashMap<>();
        Integer limit = limit(form, errors);
        UpdateUserRequest request = new UpdateUserRequest(text(form.email()).trim(), text(form.displayName()),
                form.roles(), current.active(), zone(form), limit);
        validator.validate(request).forEach(v -> errors.putIfAbsent(FormFields.field(v), words(v)));
        OptionalLong version = FormFields.version(form.version());
        if (!errors.isEmpty() || version.isEmpty()) {
            return refused(false, form, errors, version.isEmpty() ? STALE : FIX_FIELDS, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        try {
            return new Outcome(identity.updateUser(actorId, userId, version, request), null, HttpStatus.OK);
        } catch (EmailTakenException e) {
            errors.put("email", "is already used by another user");
            return refused(false, form, errors, FIX_FIELDS, HttpStatus.CONFLICT);
        } catch (LastAdminException e) {
            errors.put("roles", "keep Administrator: this is the last active administrator");
            return refused(false, form, errors, e.getMessage() + " Nothing was saved.", HttpStatus.CONFLICT);
        } catch (StaleVersionException e) {
            return refused(false, form, errors, STALE, HttpStatus.CONFLICT);
        }
    }

    /** Deactivates or reactivates the user as read at {@code version}; everything else stays as it is. */
    UserResponse setActive(UUID actorId, UUID userId, @Nullable String version, boolean active) {
        UserResponse current = identity.getUser(userId);
        UpdateUserRequest request = new UpdateUserRequest(current.email(), current.displayName(),
                new HashSet<>(current.roles()), active, current.timeZone(), current.weeklyInterviewLimit());
        OptionalLong expected = FormFields.version(version);
        return identity.updateUser(actorId, userId, expected.isEmpty() ? OptionalLong.of(-1) : expected, request);
    }

    private static Outcome refused(boolean creating, UserForm form, Map<String, String> errors, String message,
                                   HttpStatus status) {
        return new Outcome(null, UserFormView.typed(creating, form, errors, message), status);
    }

    @Nullable
    private static Integer limit(UserForm form, Map<String, String> errors) {
        String text = text(form.weeklyInterviewLimit()).trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            errors.put("weeklyInterviewLimit", "must be a whole number from 1 to 40, or empty for no limit");
            return null;
        }
    }

    @Nullable
    private static String zone(UserForm form) {
        String zone = text(form.timeZone()).trim();
        return zone.isEmpty() ? null : zone;
    }

    /** A constraint's complaint in the words the form uses. */
    private static String words(ConstraintViolation<?> violation) {
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        String field = FormFields.field(violation);
        return switch (constraint) {
            case "NotNull", "NotBlank", "HasText" -> "must not be empty";
            case "NotEmpty" -> field.equals("roles") ? "choose at least one role" : "must not be empty";
            case "Email" -> "must be an email address such as ana@example.com";
            case "Size" -> field.equals("password") ? "must be at least 12 characters (and at most 200)"
                    : "must be at most " + violation.getConstraintDescriptor().getAttributes().get("max") + " characters";
            case "Min", "Max" -> "must be a whole number from 1 to 40, or empty for no limit";
            default -> violation.getMessage();
        };
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
