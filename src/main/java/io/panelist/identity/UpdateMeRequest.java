package io.panelist.identity;

import io.micronaut.serde.annotation.Serdeable;
import io.panelist.shared.IanaTimeZone;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Serdeable
public record UpdateMeRequest(@NotBlank @Size(max = 120) String displayName,
                              @NotNull @IanaTimeZone String timeZone) {
}
