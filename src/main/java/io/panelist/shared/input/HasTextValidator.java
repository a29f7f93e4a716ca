package io.panelist.shared.input;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

@Introspected
public class HasTextValidator implements ConstraintValidator<HasText, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || hasText(value);
    }

    /** The rule itself, for checks outside bean validation (such as question packs). */
    public static boolean hasText(String value) {
        return value != null && value.indexOf('\u0000') < 0 && !value.replaceAll("\\p{Cntrl}", "").isBlank();
    }
}
