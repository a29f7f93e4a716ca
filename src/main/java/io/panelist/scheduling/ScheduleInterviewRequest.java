package io.panelist.scheduling;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.panelist.shared.input.IanaTimeZone;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One round on the calendar. Times carry an offset (a bare local time is refused); {@code timeZone} is for display.
 * A start in the past needs {@code allowPast} (recording an interview that already happened); going over a panelist's
 * daily or weekly limit needs {@code overrideLoadLimit} with a reason.
 */
@Serdeable
public record ScheduleInterviewRequest(@NotNull UUID applicationId,
                                       @NotNull UUID stageId,
                                       @NotNull OffsetDateTime startsAt,
                                       @NotNull OffsetDateTime endsAt,
                                       @NotBlank @IanaTimeZone String timeZone,
                                       @Nullable @Size(max = 500) String location,
                                       @NotEmpty @Size(max = 10) List<@NotNull UUID> panelistIds,
                                       @Nullable Boolean allowPast,
                                       @Nullable @Valid LoadLimitOverride overrideLoadLimit) {
    @Creator
    public ScheduleInterviewRequest {
        panelistIds = panelistIds == null ? null : List.copyOf(panelistIds);
    }

    /** A booking that keeps every rule: not in the past, within every limit. */
    public ScheduleInterviewRequest(UUID applicationId, UUID stageId, OffsetDateTime startsAt, OffsetDateTime endsAt,
                                    String timeZone, @Nullable String location, List<UUID> panelistIds) {
        this(applicationId, stageId, startsAt, endsAt, timeZone, location, panelistIds, null, null);
    }

    boolean pastAllowed() {
        return Boolean.TRUE.equals(allowPast);
    }
}
