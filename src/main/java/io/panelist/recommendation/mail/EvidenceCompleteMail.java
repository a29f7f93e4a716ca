package io.panelist.recommendation.mail;

import io.micronaut.runtime.event.annotation.EventListener;
import io.panelist.notifications.Outbox;
import io.panelist.notifications.OutboxKind;
import io.panelist.notifications.OutboxMail;
import io.panelist.notifications.mail.MailTemplates;
import io.panelist.notifications.mail.MailTimes;
import io.panelist.notifications.settings.NotificationSettings;
import io.panelist.notifications.settings.OptionalMail;
import io.panelist.recommendation.RecommendationResponse;
import io.panelist.recommendation.RecommendationService;
import io.panelist.scoring.ScorecardSubmitted;
import io.panelist.shared.PublicUrl;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Tells the hiring manager, in the transaction of the submission that completed it, that every scorecard of an
 * application is in: the recommendation, its confidence and a link to the candidate's page. Not for a deactivated
 * hiring manager, one who turned these mails off, or an erased candidate.
 */
@Singleton
class EvidenceCompleteMail {
    private final RecommendationService recommendations;
    private final HiringManagerOf hiringManagers;
    private final NotificationSettings settings;
    private final MailTemplates templates;
    private final PublicUrl publicUrl;
    private final Outbox outbox;

    EvidenceCompleteMail(RecommendationService recommendations, HiringManagerOf hiringManagers,
                         NotificationSettings settings, MailTemplates templates, PublicUrl publicUrl, Outbox outbox) {
        this.recommendations = recommendations;
        this.hiringManagers = hiringManagers;
        this.settings = settings;
        this.templates = templates;
        this.publicUrl = publicUrl;
        this.outbox = outbox;
    }

    @EventListener
    @Transactional(Transactional.TxType.MANDATORY)
    void tell(ScorecardSubmitted submitted) {
        recommendations.onceEvidenceComplete(submitted.applicationId()).ifPresent(recommendation ->
                hiringManagers.application(submitted.applicationId())
                        .filter(reader -> reader.active() && !reader.candidateErased())
                        .filter(reader -> settings.wants(reader.userId(), OptionalMail.EVIDENCE_COMPLETE))
                        .ifPresent(reader -> outbox.enqueueMail(letter(reader, recommendation)
                                .dedupedBy("evidence-complete:" + submitted.scorecardId()))));
    }

    private OutboxMail letter(HiringManagerOf.Reader reader, RecommendationResponse recommendation) {
        String subject = "Every scorecard is in: " + MailTimes.oneLine(reader.candidateName()) + " for "
                + MailTimes.oneLine(reader.positionTitle());
        String unsubscribe = settings.unsubscribeLink(reader.userId(), OptionalMail.EVIDENCE_COMPLETE);
        Map<String, Object> values = new HashMap<>();
        values.put("subject", subject);
        values.put("name", reader.name());
        values.put("candidateName", reader.candidateName());
        values.put("position", reader.positionTitle());
        values.put("outcome", recommendation.outcome().words());
        values.put("confidence", recommendation.confidence().words());
        values.put("overall", recommendation.overallScore() == null ? null
                : String.format(Locale.ENGLISH, "%.2f", recommendation.overallScore()));
        values.put("scorecards", recommendation.scorecardsSubmitted());
        values.put("pageUrl", publicUrl.to("/applications/" + recommendation.applicationId()));
        values.put("unsubscribeUrl", unsubscribe);
        values.put("settingsUrl", publicUrl.to("/me/notifications"));
        MailTemplates.Bodies bodies = templates.render("evidence-complete", values);
        return OutboxMail.of(OutboxKind.EVIDENCE_COMPLETE, reader.email(), subject, bodies.text(), bodies.html())
                .aboutCandidate(reader.candidateId())
                .unsubscribeAt(unsubscribe);
    }
}
