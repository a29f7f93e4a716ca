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

@Serdeable
public record CreateUserRequest(@NotBlank @Email @Size(max = 254) String email,
                                @NotNull @HasText @Size(max = 120) String displayName,
                                @NotNull @Size(min = 12, max = 200) String password,
                                @NotEmpty Set<@NotNull Role> roles,
                                @Nullable @IanaTimeZone String timeZone,
                                @Nullable @Min(1) @Max(40) Integer weeklyInterviewLimit) {
    public CreateUserRequest {
        roles = roles == null ? null : Set.copyOf(roles);
    }
}
