package io.panelist.recruiting;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.panelist.recruiting.candidates.ExternalIds;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** A candidate applies to a position; {@code externalId} is the id another system gives the application (optional). */
@Serdeable
public record CreateApplicationRequest(@NotNull UUID candidateId, @NotNull UUID positionId,
                                       @Nullable @Size(max = ExternalIds.MAX_LENGTH)
                                       @Pattern(regexp = ExternalIds.PATTERN, message = ExternalIds.PATTERN_MESSAGE) String externalId) {
    @Creator
    public CreateApplicationRequest {
    }

    /** An application without an external id. */
    public CreateApplicationRequest(UUID candidateId, UUID positionId) {
        this(candidateId, positionId, null);
    }
}
