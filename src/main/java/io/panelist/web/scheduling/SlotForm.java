package io.panelist.web.scheduling;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * The scheduling form as posted, every field as typed so that a refused booking shows it again unchanged: the stage
 * (when booking), the day and start time in the chosen time zone, the length in minutes, where, and who sits on it.
 * A suggested time also posts its exact start ({@code startsAt}, an instant), which wins over the day and time: a
 * local time that a daylight-saving switch repeats would otherwise be read as its first occurrence.
 * "Book anyway" posts {@code overrideLoadLimit=true} with the reason typed for going past a panelist's load limit.
 */
@Serdeable
record SlotForm(@Nullable String stageId, @Nullable String date, @Nullable String time, @Nullable String timeZone,
                @Nullable String minutes, @Nullable String location, @Nullable List<String> panelistIds,
                @Nullable String version, @Nullable String csrfToken, @Nullable String startsAt,
                @Nullable String overrideLoadLimit, @Nullable String overrideReason) {

    @Creator
    SlotForm {
        panelistIds = panelistIds == null ? List.of() : List.copyOf(panelistIds);
    }

    /** A form as it starts, with nothing overridden. */
    SlotForm(@Nullable String stageId, String date, String time, String timeZone, String minutes,
             @Nullable String location, List<String> panelistIds, @Nullable String version) {
        this(stageId, date, time, timeZone, minutes, location, panelistIds, version, null, null, null, null);
    }

    public String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    public boolean picked(String userId) {
        return panelistIds.contains(userId);
    }

    /** Whether "Book anyway" (past a load limit) posted it. */
    public boolean overriding() {
        return "true".equals(overrideLoadLimit);
    }
}
