package io.panelist.scheduling;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.ReadOnly;
import io.panelist.identity.Role;
import io.panelist.scheduling.agenda.Agenda;
import io.panelist.scheduling.agenda.AgendaReader;
import io.panelist.scheduling.invites.InvitePrinter;
import io.panelist.recruiting.ApplicationService;
import io.panelist.recruiting.candidates.CandidateService;
import io.panelist.shared.Page;
import io.panelist.shared.Paging;
import io.panelist.shared.Viewer;
import io.panelist.shared.problem.ForbiddenException;
import io.panelist.shared.problem.NotFoundException;
import jakarta.inject.Singleton;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Interview rounds. Recruiters and administrators schedule; panelists and the position's hiring manager see an
 * interview, nobody else learns it exists. Double bookings are refused by PostgreSQL's exclusion constraints, so two
 * concurrent requests cannot both win; the loser gets a 409 that names who is busy.
 */
@Singleton
public class SchedulingService {
    private static final String EXCLUSION_VIOLATION = "23P01";
    private final InterviewWriter writer;
    private final InterviewChanges changes;
    private final InterviewRepository interviews;
    private final InterviewViews views;
    private final InvitePrinter invites;
    private final AgendaReader agendas;
    private final ApplicationService applications;
    private final CandidateService candidates;

    SchedulingService(InterviewWriter writer, InterviewChanges changes, InterviewRepository interviews,
                      InterviewViews views, InvitePrinter invites, AgendaReader agendas,
                      ApplicationService applications, CandidateService candidates) {
        this.writer = writer;
        this.changes = changes;
        this.interviews = interviews;
        this.views = views;
        this.invites = invites;
        this.agendas = agendas;
        this.applications = applications;
        this.candidates = candidates;
    }

    public InterviewResponse scheduleInterview(Viewer viewer, ScheduleInterviewRequest request) {
        try {
            return changes.schedule(viewer.id(), request);
        } catch (DataAccessException e) {
            throw doubleBookingOr(e, () -> writer.conflictsFor(request.panelistIds(), request.applicationId(),
                    request.startsAt().toInstant(), request.endsAt().toInstant(), new UUID(0, 0)));
        }
    }

    /** Moves the interview or changes its panel; the invite's SEQUENCE goes up. */
    public InterviewResponse rescheduleInterview(Viewer viewer, UUID id, OptionalLong expectedVersion,
                                                 RescheduleInterviewRequest request) {
        try {
            return changes.reschedule(viewer.id(), id, expectedVersion, request);
        } catch (DataAccessException e) {
            InterviewResponse current = views.one(id);
            throw doubleBookingOr(e, () -> writer.conflictsFor(request.panelistIds() != null ? request.panelistIds()
                    : current.panelists().stream().map(InterviewResponse.Panelist::id).toList(), current.applicationId(),
                    request.startsAt() == null ? current.startsAt() : request.startsAt().toInstant(),
                    request.endsAt() == null ? current.endsAt() : request.endsAt().toInstant(), id));
        }
    }

    public InterviewResponse cancelInterview(Viewer viewer, UUID id, OptionalLong expectedVersion, String reason) {
        changes.changeStatus(viewer.id(), id, expectedVersion, InterviewStatus.CANCELLED, reason.trim());
        return views.one(id);
    }

    public InterviewResponse recordNoShow(Viewer viewer, UUID id, OptionalLong expectedVersion, String reason) {
        changes.changeStatus(viewer.id(), id, expectedVersion, InterviewStatus.NO_SHOW, reason.trim());
        return views.one(id);
    }

    @ReadOnly
    public InterviewResponse getInterview(Viewer viewer, UUID id) {
        InterviewResponse interview = views.one(id);
        if (!mayRead(viewer, interview)) {
            throw new NotFoundException("Interview", id);
        }
        return interview;
    }

    /** The RFC 5545 invite: for recruiters, administrators and the panel. */
    @ReadOnly
    public String invite(Viewer viewer, UUID id) {
        InterviewResponse interview = getInterview(viewer, id);
        if (!seesAll(viewer) && !isPanelist(viewer, interview)) {
            throw new ForbiddenException("Invites are for the panel and the recruiters.");
        }
        return invites.print(interview, candidates.candidateEmail(interview.candidateId()).orElse(null));
    }

    /**
     * The viewer's own interviews in [from, to); bare dates are days in the viewer's time zone. On a connection without
     * a transaction: its two statements (the interviews, then the viewer's scorecards for them) need no common
     * snapshot, and a transaction would only add a round trip to commit.
     */
    @Connectable
    public Agenda agenda(Viewer viewer, @Nullable String from, @Nullable String to) {
        return agendas.agenda(viewer.id(), from, to);
    }

    /**
     * Someone's interviews in [from, to), as their week on a recruiter's screen: for recruiters and administrators,
     * or the person themselves. Everyone else is refused (403); an unknown person is not found.
     */
    @ReadOnly
    public List<InterviewResponse> interviewsOf(Viewer viewer, UUID userId, Instant from, Instant to) {
        if (!seesAll(viewer) && !viewer.id().equals(userId)) {
            throw new ForbiddenException("Only recruiters and administrators see another person's interviews.");
        }
        return agendas.between(userId, from, to);
    }

    /** The rounds of an application, in time order, that this viewer may know of. */
    @ReadOnly
    public List<InterviewResponse> interviewsOfApplication(Viewer viewer, UUID applicationId) {
        return views.many(interviews.ofApplication(applicationId)).stream()
                .filter(interview -> mayRead(viewer, interview)).toList();
    }

    /**
     * A page of the application's rounds in time order, those this viewer may know of (see {@link #mayRead}: a
     * panelist sees the rounds they sit on). An application the viewer may not see is not found, as it is anywhere.
     */
    @ReadOnly
    public Page<InterviewResponse> listInterviews(Viewer viewer, UUID applicationId, Paging paging) {
        applications.getApplication(viewer, applicationId);
        List<InterviewResponse> rounds = interviewsOfApplication(viewer, applicationId);
        int from = (int) Math.min(paging.offset(), rounds.size());
        return new Page<>(rounds.subList(from, Math.min(from + paging.pageSize(), rounds.size())),
                paging.pageNumber(), paging.pageSize(), rounds.size());
    }

    /** An interview without a visibility check, for features that make their own (scoring checks the panel). */
    @ReadOnly
    public java.util.Optional<InterviewResponse> findInterview(UUID id) {
        return interviews.findView(id).map(row -> views.many(List.of(row)).get(0));
    }

    /** Whether this viewer may know the interview exists (recruiters, administrators, its panel, its hiring manager). */
    public static boolean mayRead(Viewer viewer, InterviewResponse interview) {
        return seesAll(viewer) || isPanelist(viewer, interview)
                || viewer.has(Role.HIRING_MANAGER.name()) && managerOf(viewer, interview);
    }

    /** Marks a held interview COMPLETED (every panelist has submitted). Runs in the caller's transaction. */
    public void markCompleted(UUID interviewId) {
        writer.complete(interviewId);
    }

    /** Whether the user sits on the interview's panel. */
    @ReadOnly
    public boolean isPanelist(UUID interviewId, UUID userId) {
        return interviews.isPanelist(interviewId, userId);
    }

    static boolean seesAll(Viewer viewer) {
        return viewer.hasAny(Role.ADMIN.name(), Role.RECRUITER.name());
    }

    private static boolean isPanelist(Viewer viewer, InterviewResponse interview) {
        return interview.panelists().stream().anyMatch(p -> p.id().equals(viewer.id()));
    }

    private static boolean managerOf(Viewer viewer, InterviewResponse interview) {
        return interview.hiringManagerId().equals(viewer.id());
    }

    private static RuntimeException doubleBookingOr(DataAccessException e,
                                                    java.util.function.Supplier<List<SchedulingRows.ConflictRow>> conflicts) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                return new InterviewConflictException(conflicts.get());
            }
        }
        return e;
    }
}
