package io.panelist.scheduling;

import io.panelist.scheduling.invites.InterviewMails;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * The writes of scheduling together with the mails they cause, in one transaction: a change that rolls back (a
 * double booking, a stale version) sends nothing. Reads the interview as it was under the row lock before a change,
 * so the mails know what moved and who joined or left.
 */
@Singleton
class InterviewChanges {
    private final InterviewWriter writer;
    private final InterviewRepository interviews;
    private final InterviewViews views;
    private final InterviewMails mails;
    private final BookingStatements statements;

    InterviewChanges(InterviewWriter writer, InterviewRepository interviews, InterviewViews views,
                     InterviewMails mails, BookingStatements statements) {
        this.writer = writer;
        this.interviews = interviews;
        this.views = views;
        this.mails = mails;
        this.statements = statements;
    }

    /** The booked interview, with any load warnings. */
    @Transactional
    InterviewResponse schedule(UUID actorId, ScheduleInterviewRequest request) {
        InterviewWriter.Written written = writer.schedule(actorId, request);
        BookingStatements.Booked booked = statements.booked(written.interviewId());
        mails.booked(booked.interview(), booked.candidateEmail(), written.panel());
        return booked.interview().withWarnings(written.warnings());
    }

    /** The interview as it is after the change, with any load warnings. */
    @Transactional
    InterviewResponse reschedule(UUID actorId, UUID id, OptionalLong expectedVersion,
                                 RescheduleInterviewRequest request) {
        InterviewResponse before = lockedView(id);
        InterviewWriter.Written written = writer.reschedule(actorId, id, expectedVersion, request);
        InterviewResponse after = views.one(id);
        mails.changed(before, after);
        return after.withWarnings(written.warnings());
    }

    /** A cancellation mails the panel and the candidate; a no-show mails nobody. */
    @Transactional
    void changeStatus(UUID actorId, UUID id, OptionalLong expectedVersion, InterviewStatus status, String reason) {
        writer.changeStatus(actorId, id, expectedVersion, status, reason);
        if (status == InterviewStatus.CANCELLED) {
            mails.cancelled(views.one(id));
        }
    }

    /** The application was closed: its interviews that had not begun are cancelled, and their readers told. */
    void cancelFutureOf(UUID applicationId, UUID actorId, String reason) {
        List<UUID> scheduled = scheduledOf(applicationId);
        writer.cancelFutureOf(applicationId, actorId, reason);
        views.many(interviews.ofApplication(applicationId)).stream()
                .filter(i -> i.status() == InterviewStatus.CANCELLED && scheduled.contains(i.id()))
                .forEach(mails::cancelled);
    }

    private InterviewResponse lockedView(UUID id) {
        interviews.findForUpdate(id);
        return views.one(id);
    }

    private List<UUID> scheduledOf(UUID applicationId) {
        return interviews.ofApplication(applicationId).stream()
                .filter(row -> InterviewStatus.SCHEDULED.name().equals(row.status()))
                .map(SchedulingRows.InterviewRow::id).toList();
    }
}
