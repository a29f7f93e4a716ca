package io.panelist.scheduling;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an interview was cancelled, or how the candidate did not come. */
@Serdeable
public record StatusChangeRequest(@NotBlank @Size(max = 2000) String reason) {
}
