package io.panelist.recommendation.decision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.panelist.shared.input.HasText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The hiring manager's call. Against the recommendation, the rationale needs at least 30 characters. While scorecards
 * of the application are pending, {@code acknowledgePending: true} says the hiring manager decides without them.
 */
@Serdeable
public record DecideRequest(@NotNull DecisionOutcome outcome, @NotNull @HasText @Size(max = 5000) String rationale,
                            @Nullable Boolean acknowledgePending) {

    public enum DecisionOutcome {
        HIRE, NO_HIRE
    }

    public boolean pendingAcknowledged() {
        return Boolean.TRUE.equals(acknowledgePending);
    }
}
