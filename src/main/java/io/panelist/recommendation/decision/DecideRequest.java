package io.panelist.recommendation.decision;

import io.micronaut.serde.annotation.Serdeable;
import io.panelist.shared.input.HasText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The hiring manager's call. Against the recommendation, the rationale needs at least 30 characters. */
@Serdeable
public record DecideRequest(@NotNull DecisionOutcome outcome, @NotNull @HasText @Size(max = 5000) String rationale) {

    public enum DecisionOutcome {
        HIRE, NO_HIRE
    }
}
