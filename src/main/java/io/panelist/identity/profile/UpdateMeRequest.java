package io.panelist.identity.profile;

import io.micronaut.serde.annotation.Serdeable;
import io.panelist.shared.input.IanaTimeZone;
import io.panelist.shared.input.HasText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Serdeable
public record UpdateMeRequest(@NotNull @HasText @Size(max = 120) String displayName,
                              @NotNull @IanaTimeZone String timeZone) {
}
