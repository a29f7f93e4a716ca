package io.panelist.recruiting;

import io.micronaut.serde.annotation.Serdeable;
import io.panelist.shared.input.HasText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Closes an application outside a hiring decision: WITHDRAWN (the candidate left) or REJECTED, with a reason. */
@Serdeable
public record CloseApplicationRequest(@NotNull ApplicationStatus status, @NotNull @HasText @Size(max = 2000) String reason) {

    boolean isClosingStatus() {
        return status == ApplicationStatus.WITHDRAWN || status == ApplicationStatus.REJECTED;
    }
}
