package io.panelist.notifications.settings;

import io.panelist.audit.AuditService;
import io.panelist.shared.problem.NotFoundException;
import io.panelist.shared.problem.StaleVersionException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/** Each user's choice of optional mails: read by the features that send them, changed by the user or a link. */
@Singleton
public class NotificationSettings {
    private final NotificationSettingsRepository rows;
    private final UnsubscribeLinks links;
    private final AuditService audit;
    private final Clock clock;

    NotificationSettings(NotificationSettingsRepository rows, UnsubscribeLinks links, AuditService audit,
                         Clock clock) {
        this.rows = rows;
        this.links = links;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public NotificationSettingsResponse of(UUID userId) {
        return NotificationSettingsResponse.of(row(userId));
    }

    /** Whether the user gets this kind of mail (they do until they turn it off). */
    @Transactional
    public boolean wants(UUID userId, OptionalMail kind) {
        return row(userId).wants(kind);
    }

    /** Replaces both choices; {@code expectedVersion} from If-Match (412 when stale). */
    @Transactional
    public NotificationSettingsResponse change(UUID userId, OptionalLong expectedVersion,
                                               NotificationSettingsRequest request) {
        Long expected = expectedVersion.isPresent() ? expectedVersion.getAsLong() : null;
        if (rows.save(userId, request.scorecardReminders(), request.evidenceComplete(), expected,
                clock.instant()) == 0) {
            throw new StaleVersionException("Your notification settings", row(userId).version());
        }
        audit.record(userId, "notifications.settings-changed", "user", userId, Map.of(
                "scorecardReminders", request.scorecardReminders(),
                "evidenceComplete", request.evidenceComplete()));
        return of(userId);
    }

    /** What an unsubscribe link would turn off, without turning it off (the page that asks first). */
    public Optional<UnsubscribeLinks.Unsubscribe> readLink(String token) {
        return links.read(token);
    }

    /** Follows a one-click unsubscribe link: the kind it names is off, whatever it was; 404 for a link not ours. */
    @Transactional
    public UnsubscribeLinks.Unsubscribe unsubscribe(String token) {
        UnsubscribeLinks.Unsubscribe link = links.read(token)
                .orElseThrow(() -> new NotFoundException("This unsubscribe link is not one Panelist made."));
        if (rows.turnOff(link.userId(), link.kind() == OptionalMail.SCORECARD_REMINDERS,
                link.kind() == OptionalMail.EVIDENCE_COMPLETE, clock.instant()) == 0) {
            throw new NotFoundException("This unsubscribe link is not one Panelist made.");
        }
        audit.record(link.userId(), "notifications.unsubscribed", "user", link.userId(),
                Map.of("kind", link.kind().name()));
        return link;
    }

    /** The link an optional mail carries in its List-Unsubscribe header. */
    public String unsubscribeLink(UUID userId, OptionalMail kind) {
        return links.link(userId, kind);
    }

    private NotificationSettingsRow row(UUID userId) {
        return rows.findById(userId).orElseGet(() -> NotificationSettingsRow.defaults(userId));
    }
}
