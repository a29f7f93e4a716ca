package io.panelist.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.panelist.shared.input.IanaTimeZone;
import io.panelist.shared.input.HasText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Set;

/** The whole user as an administrator edits it; {@code active} false deactivates and ends their sessions. */
@Serdeable
public record UpdateUserRequest(@NotBlank @Email @Size(max = 254) String email,
                                @NotNull @HasText @Size(max = 120) String displayName,
                                @NotEmpty Set<@NotNull Role> roles,
                                @Nullable Boolean active,
                                @Nullable @IanaTimeZone String timeZone,
                                @Nullable @Min(1) @Max(40) Integer weeklyInterviewLimit) {
    public UpdateUserRequest {
        roles = roles == null ? null : Set.copyOf(roles);
    }
}
