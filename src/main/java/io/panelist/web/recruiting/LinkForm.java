package io.panelist.web.recruiting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The self-scheduling link form as posted, kept as typed so a refusal shows it again: the stage, the first and last
 * day of the window and the last day of the link (days in the recruiter's zone), the panel's size, where.
 */
@Serdeable
public record LinkForm(@Nullable String stageId, @Nullable String from, @Nullable String to,
                       @Nullable String panelSize, @Nullable String expires, @Nullable String location,
                       @Nullable String csrfToken) {

    /** Tomorrow to two weeks on, two panelists, the link working for two weeks. */
    static LinkForm defaults(@Nullable UUID stageId, LocalDate today) {
        return new LinkForm(stageId == null ? "" : stageId.toString(), today.plusDays(1).toString(),
                today.plusDays(14).toString(), "2", today.plusDays(14).toString(), "", null);
    }

    public String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
