package io.panelist.recruiting.candidates;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.panelist.shared.input.HasText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A candidate as a client writes them; {@code externalId} is the id another system gives the person (optional). */
@Serdeable
public record SaveCandidateRequest(@NotNull @HasText @Size(max = 200) String name,
                                   @Nullable @Email @Size(max = 254) String email,
                                   @Nullable @Size(max = 50) @Pattern(regexp = "[0-9+()./ -]*", message = "must be a phone number")
                                   String phone,
                                   @Nullable @Size(max = 2000) String source,
                                   @Nullable @Size(max = ExternalIds.MAX_LENGTH)
                                   @Pattern(regexp = ExternalIds.PATTERN, message = ExternalIds.PATTERN_MESSAGE) String externalId) {
    @Creator
    public SaveCandidateRequest {
    }

    /** A candidate without an external id. */
    public SaveCandidateRequest(String name, @Nullable String email, @Nullable String phone, @Nullable String source) {
        this(name, email, phone, source, null);
    }
}
