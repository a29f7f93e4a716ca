package io.panelist.scheduling.links;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.panelist.shared.input.IanaTimeZone;
import jakarta.validation.constraints.NotNull;

import java.time.OffsetDateTime;

/**
 * The candidate's choice: one of the offered starts (with an offset), and the time zone they read times in, which
 * their mails use (UTC when left out; a move keeps the zone the round had).
 */
@Serdeable
public record BookSlotRequest(@NotNull OffsetDateTime startsAt, @Nullable @IanaTimeZone String timeZone) {
}
