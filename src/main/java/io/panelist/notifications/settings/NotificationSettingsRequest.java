package io.panelist.notifications.settings;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/** Both choices, each stated: a PUT replaces the settings whole. */
@Serdeable
public record NotificationSettingsRequest(@NotNull Boolean scorecardReminders, @NotNull Boolean evidenceComplete) {
}
