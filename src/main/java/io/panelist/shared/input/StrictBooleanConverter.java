package io.panelist.shared.input;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.core.convert.TypeConverter;
import jakarta.inject.Singleton;

import java.util.Locale;
import java.util.Optional;

/**
 * Text to boolean, strictly: {@code true, yes, y, on} and {@code false, no, n, off} (any case, and an empty value
 * as false, as before); anything else is refused, so {@code ?active=maybe} is a 400 instead of silently meaning
 * false. Micronaut's own converter reads every unknown word as false.
 */
@Singleton
class StrictBooleanConverter implements TypeConverter<CharSequence, Boolean> {
    @Override
    public Optional<Boolean> convert(CharSequence object, Class<Boolean> targetType, ConversionContext context) {
        String text = object.toString().trim().toLowerCase(Locale.ENGLISH);
        return switch (text) {
            case "true", "yes", "y", "on" -> Optional.of(Boolean.TRUE);
            case "false", "no", "n", "off", "" -> Optional.of(Boolean.FALSE);
            default -> {
                context.reject(object, new IllegalArgumentException("must be true or false"));
                yield Optional.empty();
            }
        };
    }
}
