package io.panelist.notifications;

/** What a message is; every kind but {@link #WEBHOOK} is a mail. */
public enum OutboxKind {
    INVITATION, UPDATE, CANCELLATION, SCORECARD_REMINDER, CANDIDATE_REMINDER, EVIDENCE_COMPLETE, WEBHOOK;

    public boolean isMail() {
        return this != WEBHOOK;
    }
}
