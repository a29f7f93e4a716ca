package io.panelist.recommendation.decision;

import io.micronaut.serde.annotation.Serdeable;
import io.panelist.shared.input.HasText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Serdeable
public record ReopenRequest(@NotNull @HasText @Size(max = 2000) String reason) {
}
