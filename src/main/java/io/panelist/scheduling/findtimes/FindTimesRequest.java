package io.panelist.scheduling.findtimes;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The body of {@code POST /api/v1/applications/{id}/find-times}. Times carry an offset; {@code limit} defaults to 10,
 * and without {@code candidateAvailability} the candidate is taken to be free whenever they have no interview.
 */
@Serdeable
record FindTimesRequest(@NotNull UUID stageId,
                        @NotNull OffsetDateTime from,
                        @NotNull OffsetDateTime to,
                        @NotNull @Min(1) @Max(8) Integer panelSize,
                        @Nullable @Size(max = 8) List<@NotNull UUID> requiredPanelistIds,
                        @Nullable @Size(max = 200) List<@Valid @NotNull CandidateWindow> candidateAvailability,
                        @Nullable @Min(1) @Max(50) Integer limit) {
    static final int DEFAULT_LIMIT = 10;

    FindTimesRequest {
        requiredPanelistIds = requiredPanelistIds == null ? List.of() : List.copyOf(requiredPanelistIds);
        candidateAvailability = candidateAvailability == null ? List.of() : List.copyOf(candidateAvailability);
    }

    /** A time the candidate can be interviewed, end excluded. */
    @Serdeable
    record CandidateWindow(@NotNull OffsetDateTime from, @NotNull OffsetDateTime to) {
    }

    FindTimesQuery toQuery(UUID applicationId) {
        return new FindTimesQuery(applicationId, stageId, from.toInstant(), to.toInstant(), panelSize,
                requiredPanelistIds, candidateAvailability.stream()
                        .map(window -> new Window(window.from().toInstant(), window.to().toInstant())).toList(),
                limit == null ? DEFAULT_LIMIT : limit);
    }
}
