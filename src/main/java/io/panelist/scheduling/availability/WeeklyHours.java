package io.panelist.scheduling.availability;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** One range of weekly hours as the API writes it: {@code {"day": "MONDAY", "from": "09:00", "to": "17:00"}}. */
@Serdeable
public record WeeklyHours(
        @NotNull @Pattern(regexp = DAY, message = "must be a day from MONDAY to SUNDAY")
        @Schema(allowableValues = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"})
        String day,
        @NotNull @Pattern(regexp = TIME, message = "must be a time HH:MM from 00:00 to 23:59")
        @Schema(description = "HH:MM, local time in the availability's time zone")
        String from,
        @NotNull @Pattern(regexp = TIME_OR_MIDNIGHT, message = "must be a time HH:MM from 00:00 to 24:00")
        @Schema(description = "HH:MM, end excluded; 24:00 is midnight at the end of the day")
        String to) {

    static final String DAY = "MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY";
    static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]";
    static final String TIME_OR_MIDNIGHT = TIME + "|24:00";
}
