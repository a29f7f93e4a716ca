package io.panelist.recruiting;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Closes an application outside a hiring decision: WITHDRAWN (the candidate left) or REJECTED, with a reason. */
@Serdeable
public record CloseApplicationRequest(@NotNull ApplicationStatus status, @NotBlank @Size(max = 2000) String reason) {

    @AssertTrue(message = "status must be WITHDRAWN or REJECTED; hiring goes through a decision")
    boolean isClosingStatus() {
        return status == null || status == ApplicationStatus.WITHDRAWN || status == ApplicationStatus.REJECTED;
    }
}
