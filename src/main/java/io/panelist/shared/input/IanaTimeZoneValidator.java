package io.panelist.shared.input;

import io.micronaut.core.annotation.Introspected;
import io.panelist.shared.TimeZones;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

@Introspected
public class IanaTimeZoneValidator implements ConstraintValidator<IanaTimeZone, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || TimeZones.isIana(value);
    }
}
