package io.panelist.scheduling;

import io.micronaut.serde.annotation.Serdeable;
import io.panelist.shared.input.HasText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Why an interview was cancelled, or how the candidate did not come. */
@Serdeable
public record StatusChangeRequest(@NotNull @HasText @Size(max = 2000) String reason) {
}
