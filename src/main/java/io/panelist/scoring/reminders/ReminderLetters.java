package io.panelist.scoring.reminders;

import io.panelist.notifications.OutboxKind;
import io.panelist.notifications.OutboxMail;
import io.panelist.notifications.mail.MailTemplates;
import io.panelist.notifications.mail.MailTimes;
import io.panelist.notifications.settings.NotificationSettings;
import io.panelist.notifications.settings.OptionalMail;
import io.panelist.shared.PublicUrl;
import io.panelist.shared.TimeZones;
import jakarta.inject.Singleton;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/** Writes one scorecard reminder: when the interview ended in the panelist's zone, the link, and how to stop them. */
@Singleton
class ReminderLetters {
    private final MailTemplates templates;
    private final PublicUrl publicUrl;
    private final NotificationSettings settings;

    ReminderLetters(MailTemplates templates, PublicUrl publicUrl, NotificationSettings settings) {
        this.templates = templates;
        this.publicUrl = publicUrl;
        this.settings = settings;
    }

    OutboxMail write(DueReminder due, int max) {
        ZoneId zone = TimeZones.orUtc(due.timeZone());
        String subject = (due.nth() == 1 ? "Scorecard due: " : "Reminder: scorecard still due: ")
                + MailTimes.oneLine(due.candidateName()) + ", " + MailTimes.oneLine(due.stageName());
        String unsubscribe = settings.unsubscribeLink(due.panelistId(), OptionalMail.SCORECARD_REMINDERS);
        Map<String, Object> values = new HashMap<>();
        values.put("subject", subject);
        values.put("name", due.panelistName());
        values.put("candidateName", due.candidateName());
        values.put("position", due.positionTitle());
        values.put("stage", due.stageName());
        values.put("ended", MailTimes.brief(due.endedAt(), zone) + " (" + zone.getId() + ")");
        values.put("nth", due.nth());
        values.put("last", due.nth() >= max);
        values.put("scorecardUrl", publicUrl.to("/interviews/" + due.interviewId() + "/scorecard"));
        values.put("unsubscribeUrl", unsubscribe);
        values.put("settingsUrl", publicUrl.to("/me/notifications"));
        MailTemplates.Bodies bodies = templates.render("scorecard-reminder", values);
        return OutboxMail.of(OutboxKind.SCORECARD_REMINDER, due.email(), subject, bodies.text(), bodies.html())
                .aboutCandidate(due.candidateId())
                .dedupedBy(due.dedupeKey())
                .unsubscribeAt(unsubscribe);
    }
}
