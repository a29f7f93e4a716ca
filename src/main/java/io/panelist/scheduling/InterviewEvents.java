package io.panelist.scheduling;

import io.micronaut.core.annotation.Nullable;
import io.panelist.audit.AuditService;
import io.panelist.notifications.webhooks.WebhookEvent;
import io.panelist.notifications.webhooks.WebhookIds;
import io.panelist.notifications.webhooks.Webhooks;
import io.panelist.recruiting.ApplicationService;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.UUID;

/**
 * What follows a change of an interview, in the transaction of the change: its audit event and, for scheduling,
 * rescheduling and cancelling, the webhook event (ids only).
 */
@Singleton
class InterviewEvents {
    private final AuditService audit;
    private final Webhooks webhooks;
    private final ApplicationService applications;

    InterviewEvents(AuditService audit, Webhooks webhooks, ApplicationService applications) {
        this.audit = audit;
        this.webhooks = webhooks;
        this.applications = applications;
    }

    /** {@code webhooksStamp}: the webhooks' stamp as this transaction read it ({@link Webhooks#STAMP}), or null. */
    void scheduled(UUID actorId, Interview interview, UUID positionId, @Nullable UUID webhooksStamp,
                   Map<String, Object> details) {
        audit.record(actorId, "interview.scheduled", "interview", interview.id(), details);
        webhooks.publish(WebhookEvent.INTERVIEW_SCHEDULED, ids(interview, positionId), webhooksStamp);
    }

    void rescheduled(UUID actorId, Interview interview, Map<String, Object> details) {
        audit.record(actorId, "interview.rescheduled", "interview", interview.id(), details);
        webhooks.publish(WebhookEvent.INTERVIEW_RESCHEDULED, ids(interview, positionOf(interview)));
    }

    void statusChanged(@Nullable UUID actorId, Interview interview, InterviewStatus status,
                       Map<String, Object> details) {
        boolean cancelled = status == InterviewStatus.CANCELLED;
        audit.record(actorId, cancelled ? "interview.cancelled" : "interview.no-show", "interview", interview.id(),
                details);
        if (cancelled) {
            webhooks.publish(WebhookEvent.INTERVIEW_CANCELLED, ids(interview, positionOf(interview)));
        }
    }

    private UUID positionOf(Interview interview) {
        return applications.application(interview.applicationId()).positionId();
    }

    private static WebhookIds ids(Interview interview, UUID positionId) {
        return new WebhookIds(interview.applicationId(), interview.id(), interview.candidateId(), positionId);
    }
}
