package io.panelist.recruiting.positions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.panelist.questionbank.Level;
import io.panelist.shared.input.HasText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** A position as written; {@code status} defaults to OPEN. */
@Serdeable
public record SavePositionRequest(@NotNull @HasText @Size(max = 200) String title,
                                  @NotNull Level level,
                                  @NotNull UUID hiringManagerId,
                                  @Nullable PositionStatus status) {
}
