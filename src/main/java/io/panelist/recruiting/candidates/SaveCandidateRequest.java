package io.panelist.recruiting.candidates;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.panelist.shared.input.HasText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@Serdeable
public record SaveCandidateRequest(@NotNull @HasText @Size(max = 200) String name,
                                   @Nullable @Email @Size(max = 254) String email,
                                   @Nullable @Size(max = 50) @Pattern(regexp = "[0-9+()./ -]*", message = "must be a phone number")
                                   String phone,
                                   @Nullable @Size(max = 2000) String source) {
}
