package io.panelist.notifications.settings;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A user's stored choices; a user without a row gets every mail (version 0). */
@MappedEntity("notification_settings")
record NotificationSettingsRow(@Id UUID userId, boolean scorecardReminders, boolean evidenceComplete, long version,
                               Instant updatedAt) {

    static NotificationSettingsRow defaults(UUID userId) {
        return new NotificationSettingsRow(userId, true, true, 0, Instant.EPOCH);
    }

    boolean wants(OptionalMail kind) {
        return switch (kind) {
            case SCORECARD_REMINDERS -> scorecardReminders;
            case EVIDENCE_COMPLETE -> evidenceComplete;
        };
    }
}
