package io.panelist.shared.input;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text with something to read: not blank once control characters are set aside, and free of NUL (which PostgreSQL
 * cannot store). Stricter than {@code @NotBlank}, which lets "\u0001" through. Null passes; pair with @NotNull.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.METHOD})
@Constraint(validatedBy = HasTextValidator.class)
public @interface HasText {
    String message() default "must contain text (and no NUL characters)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
