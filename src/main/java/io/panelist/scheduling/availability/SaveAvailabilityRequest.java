package io.panelist.scheduling.availability;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.panelist.shared.input.IanaTimeZone;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A person's whole availability: a PUT replaces weekly hours, exceptions, limits and buffer together. An empty
 * {@code weekly} list means the default week (Monday to Friday 09:00-17:00); {@code timeZone} null (or the person's
 * own) follows the person's own zone; a limit left out means no limit; {@code bufferMinutes} left out is 0.
 */
@Serdeable
public record SaveAvailabilityRequest(@Nullable @IanaTimeZone String timeZone,
                                      @NotNull @Size(max = MAX_RANGES) List<@NotNull @Valid WeeklyHours> weekly,
                                      @NotNull @Size(max = MAX_EXCEPTIONS) List<@NotNull @Valid TimeAway> exceptions,
                                      @Nullable @Min(1) @Max(12) Integer dailyLimit,
                                      @Nullable @Min(1) @Max(40) Integer weeklyLimit,
                                      @Nullable @Min(0) @Max(240) Integer bufferMinutes) {
    public static final int MAX_RANGES = 50;
    public static final int MAX_EXCEPTIONS = 200;

    public SaveAvailabilityRequest {
        weekly = weekly == null ? null : List.copyOf(weekly);
        exceptions = exceptions == null ? null : List.copyOf(exceptions);
    }
}
