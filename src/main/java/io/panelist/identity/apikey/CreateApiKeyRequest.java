package io.panelist.identity.apikey;

import io.micronaut.serde.annotation.Serdeable;
import io.panelist.shared.input.HasText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** {@code {"name": "ATS sync", "scopes": ["candidates:write"], "expiresAt": "2027-06-30T00:00:00Z"}} */
@Serdeable
public record CreateApiKeyRequest(@NotNull @HasText @Size(max = 120) String name,
                                  @NotNull @Size(min = 1, max = 5) List<@NotNull @Size(max = 100) String> scopes,
                                  @NotNull Instant expiresAt) {
    public CreateApiKeyRequest {
        scopes = scopes == null ? null : Collections.unmodifiableList(new ArrayList<>(scopes));
    }
}
