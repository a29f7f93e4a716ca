package io.panelist.scoring;

import io.micronaut.runtime.event.annotation.EventListener;
import io.panelist.notifications.webhooks.WebhookEvent;
import io.panelist.notifications.webhooks.WebhookIds;
import io.panelist.notifications.webhooks.Webhooks;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

/** Tells the webhooks that hear {@code scorecard.submitted}, in the submission's transaction. */
@Singleton
class SubmissionWebhook {
    private final Webhooks webhooks;

    SubmissionWebhook(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @EventListener
    @Transactional(Transactional.TxType.MANDATORY)
    void announce(ScorecardSubmitted submitted) {
        webhooks.publish(WebhookEvent.SCORECARD_SUBMITTED, new WebhookIds(submitted.applicationId(),
                submitted.interviewId(), submitted.candidateId(), submitted.positionId()));
    }
}
