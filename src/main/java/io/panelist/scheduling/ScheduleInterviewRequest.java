package io.panelist.scheduling;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.panelist.shared.input.IanaTimeZone;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One round on the calendar. Times carry an offset (a bare local time is refused); {@code timeZone} is for display. */
@Serdeable
public record ScheduleInterviewRequest(@NotNull UUID applicationId,
                                       @NotNull UUID stageId,
                                       @NotNull OffsetDateTime startsAt,
                                       @NotNull OffsetDateTime endsAt,
                                       @NotBlank @IanaTimeZone String timeZone,
                                       @Nullable @Size(max = 500) String location,
                                       @NotEmpty @Size(max = 10) List<@NotNull UUID> panelistIds) {
    public ScheduleInterviewRequest {
        panelistIds = panelistIds == null ? null : List.copyOf(panelistIds);
    }
}
