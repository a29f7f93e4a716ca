package io.panelist.scheduling;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpStatus;
import io.panelist.identity.IdentityService;
import io.panelist.identity.Role;
import io.panelist.identity.UserSummary;
import io.panelist.recruiting.ApplicationService;
import io.panelist.recruiting.ApplicationStatus;
import io.panelist.shared.problem.ConflictException;
import io.panelist.shared.problem.FieldProblem;
import io.panelist.shared.problem.InvalidInputException;
import io.panelist.shared.problem.NotFoundException;
import io.panelist.shared.problem.StaleVersionException;
import io.panelist.shared.Texts;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

/** The transactional writes of scheduling; every rule is checked before the row is touched. */
@Singleton
class InterviewWriter {
    static final Duration LONGEST = Duration.ofHours(8);
    private final InterviewRepository interviews;
    private final ApplicationService applications;
    private final IdentityService identity;
    private final PanelLoad load;
    private final BookingStatements statements;
    private final InterviewEvents events;
    private final Clock clock;

    InterviewWriter(InterviewRepository interviews, ApplicationService applications,
                    IdentityService identity, PanelLoad load, BookingStatements statements, InterviewEvents events,
                    Clock clock) {
        this.interviews = interviews;
        this.applications = applications;
        this.identity = identity;
        this.load = load;
        this.statements = statements;
        this.events = events;
        this.clock = clock;
    }

    /** The booked interview's id, its load warnings, and its panel as the checks read it (their time zones too). */
    record Written(UUID interviewId, List<String> warnings, Map<UUID, UserSummary> panel) {
    }

    /**
     * Books the interview. What it checks (the application, the stage, the panel with its zones and limits) comes in
     * one statement, the interview and its panel are written in two: each repository call costs more CPU than the
     * statement it sends, and a booking is the write recruiters repeat most.
     */
    @Transactional
    Written schedule(UUID actorId, ScheduleInterviewRequest request) {
        List<UUID> distinct = request.panelistIds().stream().distinct().toList();
        BookingStatements.Facts facts = statements.facts(request.applicationId(), request.stageId(), distinct);
        BookingStatements.Application application = facts.application()
                .orElseThrow(() -> new NotFoundException("Application", request.applicationId()));
        if (application.status() != ApplicationStatus.ACTIVE) {
            throw unprocessable("applicationId", "the application is " + application.status());
        }
        if (!facts.stageOfPlan()) {
            throw unprocessable("stageId", "is not a stage of the application's plan");
        }
        Instant startsAt = request.startsAt().toInstant();
        Instant endsAt = request.endsAt().toInstant();
        checkTimes(startsAt, endsAt);
        refusePast(startsAt, request.pastAllowed());
        List<UserSummary> panel = panel(request.panelistIds(), facts.users());
        UUID id = UUID.randomUUID();
        refuseConflicts(panel, application.candidateId(), startsAt, endsAt, id);
        Instant now = clock.instant();
        Interview saved = new Interview(id, application.id(), application.candidateId(), application.planId(),
                request.stageId(), startsAt, endsAt, request.timeZone(), location(request.location()),
                InterviewStatus.SCHEDULED.name(), null, 0, 0, actorId, now, now);
        statements.insert(saved, panel.stream().map(UserSummary::id).toList());
        events.scheduled(actorId, saved, application.positionId(), facts.webhooksStamp(), Map.of("applicationId", application.id(),
                "stageId", request.stageId(), "startsAt", startsAt, "panelistIds", request.panelistIds()));
        List<String> warnings = load.hold(actorId, id, startsAt, panel, facts.limits(), request.overrideLoadLimit());
        return new Written(id, warnings, facts.users());
    }

    @Transactional
    Written reschedule(UUID actorId, UUID id, OptionalLong expectedVersion, RescheduleInterviewRequest request) {
        Interview current = lockScheduled(id, expectedVersion);
        Instant startsAt = request.startsAt() == null ? current.startsAt() : request.startsAt().toInstant();
        Instant endsAt = request.endsAt() == null ? current.endsAt() : request.endsAt().toInstant();
        checkTimes(startsAt, endsAt);
        if (request.startsAt() != null && !startsAt.equals(current.startsAt())) {
            refusePast(startsAt, request.pastAllowed());
        }
        List<UUID> panelIds = request.panelistIds() != null ? request.panelistIds()
                : interviews.panelists(Texts.of(List.of(id))).stream().map(SchedulingRows.PanelistRow::userId).toList();
        List<UserSummary> panel = panel(panelIds);
        refuseConflicts(panel, current.candidateId(), startsAt, endsAt, id);
        update(current.moved(startsAt, endsAt, request.timeZone() == null ? current.timeZone() : request.timeZone(),
                request.location() == null ? current.location() : location(request.location()), clock.instant()));
        interviews.removePanelistsExcept(id, Texts.of(panelIds));
        List<UUID> existing = interviews.panelists(Texts.of(List.of(id))).stream()
                .map(SchedulingRows.PanelistRow::userId).toList();
        panel.stream().filter(user -> !existing.contains(user.id())).forEach(user -> interviews.addPanelist(id, user.id()));
        events.rescheduled(actorId, current, Map.of("startsAt", startsAt, "endsAt", endsAt, "panelistIds", panelIds));
        return new Written(id, load.hold(actorId, id, startsAt, panel, request.overrideLoadLimit()), Map.of());
    }

    @Transactional
    void changeStatus(@Nullable UUID actorId, UUID id, OptionalLong expectedVersion, InterviewStatus status,
                      String reason) {
        Interview current = lockScheduled(id, expectedVersion);
        if (status == InterviewStatus.NO_SHOW && current.startsAt().isAfter(clock.instant())) {
            throw new ConflictException("interview-not-started", "A no-show is recorded once the interview has begun.");
        }
        update(current.withStatus(status, reason, clock.instant()));
        events.statusChanged(actorId, current, status, Map.of("status", status));
    }

    void complete(UUID interviewId) {
        interviews.findForUpdate(interviewId).filter(i -> InterviewStatus.SCHEDULED.name().equals(i.status()))
                .ifPresent(i -> update(new Interview(i.id(), i.applicationId(), i.candidateId(), i.planId(), i.stageId(),
                        i.startsAt(), i.endsAt(), i.timeZone(), i.location(), InterviewStatus.COMPLETED.name(),
                        i.statusReason(), i.sequence(), i.version(), i.createdBy(), i.createdAt(), clock.instant())));
    }

    /** Cancels the application's interviews that have not begun (the application was closed). */
    void cancelFutureOf(UUID applicationId, UUID actorId, String reason) {
        for (Interview interview : interviews.futureOfApplicationForUpdate(applicationId, clock.instant())) {
            update(interview.withStatus(InterviewStatus.CANCELLED, reason, clock.instant()));
            events.statusChanged(actorId, interview, InterviewStatus.CANCELLED, Map.of("applicationClosed", true));
        }
    }

    @Transactional
    List<SchedulingRows.ConflictRow> conflictsFor(List<UUID> panelistIds, UUID applicationId, Instant startsAt,
                                                  Instant endsAt, UUID exceptId) {
        UUID candidateId = applications.application(applicationId).candidateId();
        return statements.conflicts(panelistIds, candidateId, startsAt, endsAt, exceptId);
    }

    private Interview lockScheduled(UUID id, OptionalLong expectedVersion) {
        Interview current = interviews.findForUpdate(id).orElseThrow(() -> new NotFoundException("Interview", id));
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != current.version()) {
            throw new StaleVersionException("Interview " + id, current.version());
        }
        if (!InterviewStatus.SCHEDULED.name().equals(current.status())) {
            throw new ConflictException("interview-closed", "The interview is " + current.status() + " and cannot change.");
        }
        return current;
    }

    /** Takes the panel's and the candidate's turns, then refuses a time that overlaps what they already have. */
    private void refuseConflicts(List<UserSummary> panel, UUID candidateId, Instant startsAt, Instant endsAt, UUID self) {
        List<UUID> panelistIds = panel.stream().map(UserSummary::id).toList();
        statements.takeTurns(panelistIds, candidateId);
        List<SchedulingRows.ConflictRow> conflicts = statements.conflicts(panelistIds, candidateId, startsAt, endsAt, self);
        if (!conflicts.isEmpty()) {
            throw new InterviewConflictException(conflicts);
        }
    }

    private List<UserSummary> panel(List<UUID> panelistIds) {
        return panel(panelistIds, identity.userSummaries(panelistIds.stream().distinct().toList()));
    }

    /** The panel's users in the order given, once each; 422 naming each one who may not sit on a panel. */
    private static List<UserSummary> panel(List<UUID> panelistIds, Map<UUID, UserSummary> users) {
        List<UUID> distinct = panelistIds.stream().distinct().toList();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i++) {
            UserSummary user = users.get(distinct.get(i));
            if (user == null || !(user.activeWith(Role.INTERVIEWER) || user.activeWith(Role.HIRING_MANAGER))) {
                problems.add(new FieldProblem("panelistIds[" + panelistIds.indexOf(distinct.get(i)) + "]",
                        "must be an active interviewer or hiring manager"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(HttpStatus.UNPROCESSABLE_ENTITY, "The panel is not valid.", problems);
        }
        return distinct.stream().map(users::get).toList();
    }

    static void checkTimes(Instant startsAt, Instant endsAt) {
        if (!endsAt.isAfter(startsAt)) {
            throw InvalidInputException.badField("endsAt", "must be after startsAt");
        }
        if (Duration.between(startsAt, endsAt).compareTo(LONGEST) > 0) {
            throw InvalidInputException.badField("endsAt", "an interview lasts at most 8 hours");
        }
    }

    /** An interview that already happened is recorded only on purpose. */
    private void refusePast(Instant startsAt, boolean allowed) {
        if (!allowed && startsAt.isBefore(clock.instant())) {
            throw unprocessable("startsAt", "it starts in the past (send allowPast: true to record an interview"
                    + " that already happened)");
        }
    }

    private void update(Interview interview) {
        try {
            interviews.update(interview);
        } catch (OptimisticLockException e) {
            throw new StaleVersionException("Interview " + interview.id(), interview.version() + 1);
        }
    }

    private static String location(@Nullable String location) {
        return location == null ? "" : location.trim();
    }

    private static InvalidInputException unprocessable(String field, String message) {
        return new InvalidInputException(HttpStatus.UNPROCESSABLE_ENTITY, "The interview cannot be scheduled: "
                + message + ".", List.of(new FieldProblem(field, message)));
    }
}
