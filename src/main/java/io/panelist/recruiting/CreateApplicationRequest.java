package io.panelist.recruiting;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

@Serdeable
public record CreateApplicationRequest(@NotNull UUID candidateId, @NotNull UUID positionId) {
}
