package io.panelist.identity.profile;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Serdeable
public record ChangePasswordRequest(@NotNull @Size(max = 200) String currentPassword,
                                    @NotNull @Size(min = 12, max = 200) String newPassword) {
}
