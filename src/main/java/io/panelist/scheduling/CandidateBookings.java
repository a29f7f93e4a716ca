package io.panelist.scheduling;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.OptionalLong;
import java.util.UUID;

/**
 * Rounds a candidate books, moves and cancels themselves (through a scheduling link): the recruiter's path, with
 * the same checks, the same mails through the outbox and the same webhooks, but no actor on the interview's audit
 * events. Each joins the caller's transaction, which owns the refusal: a double booking found by a check or by
 * PostgreSQL's exclusion constraints is thrown as it is, for the caller to roll back and answer.
 */
@Singleton
public class CandidateBookings {
    private final InterviewChanges changes;
    private final InterviewRepository interviews;
    private final InterviewViews views;

    CandidateBookings(InterviewChanges changes, InterviewRepository interviews, InterviewViews views) {
        this.changes = changes;
        this.interviews = interviews;
        this.views = views;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public InterviewResponse book(ScheduleInterviewRequest request) {
        return changes.schedule(null, request);
    }

    /** Moves the round; fields left out of the request stay as they are. */
    @Transactional(Transactional.TxType.MANDATORY)
    public InterviewResponse move(UUID interviewId, RescheduleInterviewRequest request) {
        return changes.reschedule(null, interviewId, OptionalLong.empty(), request);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public InterviewResponse cancel(UUID interviewId, String reason) {
        changes.changeStatus(null, interviewId, OptionalLong.empty(), InterviewStatus.CANCELLED, reason);
        return views.one(interviewId);
    }

    /** The round as it is now, under a row lock until the caller's transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Optional<InterviewResponse> lock(UUID interviewId) {
        return interviews.findForUpdate(interviewId).map(locked -> views.one(interviewId));
    }
}
