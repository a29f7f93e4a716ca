package io.panelist.notifications.settings;

import io.micronaut.serde.annotation.Serdeable;

/** Which optional mails the user gets; invitations, updates and cancellations always arrive. */
@Serdeable
public record NotificationSettingsResponse(boolean scorecardReminders, boolean evidenceComplete, long version) {

    static NotificationSettingsResponse of(NotificationSettingsRow row) {
        return new NotificationSettingsResponse(row.scorecardReminders(), row.evidenceComplete(), row.version());
    }
}
