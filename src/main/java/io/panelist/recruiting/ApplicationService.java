package io.panelist.recruiting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.ReadOnly;
import io.panelist.audit.AuditService;
import io.panelist.recruiting.candidates.CandidateRepository;
import io.panelist.recruiting.candidates.ExternalIds;
import io.panelist.recruiting.positions.Position;
import io.panelist.recruiting.positions.PositionRepository;
import io.panelist.recruiting.positions.PositionStatus;
import io.panelist.recruiting.positions.PublishedPlans;
import io.panelist.shared.Page;
import io.panelist.shared.Paging;
import io.panelist.shared.Viewer;
import io.panelist.shared.erasure.FreeTextColumns;
import io.panelist.shared.erasure.FreeTextEraser;
import io.panelist.shared.erasure.PersonMentions;
import io.panelist.shared.problem.ConflictException;
import io.panelist.shared.problem.FieldProblem;
import io.panelist.shared.problem.InvalidInputException;
import io.panelist.shared.problem.NotFoundException;
import io.panelist.shared.problem.StaleVersionException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

/** Applications: a candidate for an open position, pinned to the position's published plan when they apply. */
@Singleton
public class ApplicationService {
    private static final String EXTERNAL_ID_UNIQUE = "applications_external_id_unique";
    private static final FreeTextColumns REASONS = FreeTextColumns.about("applications", List.of("id"),
            List.of(FreeTextColumns.text("closed_reason", 2000)), List.of(), "candidate_id = ?");
    private final ApplicationRepository applications;
    private final CandidateRepository candidates;
    private final PositionRepository positions;
    private final PublishedPlans publishedPlans;
    private final List<ApplicationClosing> closingListeners;
    private final Audiences audiences;
    private final AuditService audit;
    private final FreeTextEraser eraser;
    private final Clock clock;

    ApplicationService(ApplicationRepository applications, CandidateRepository candidates, PositionRepository positions, PublishedPlans publishedPlans,
                       List<ApplicationClosing> closingListeners, Audiences audiences, AuditService audit,
                       FreeTextEraser eraser, Clock clock) {
        this.applications = applications;
        this.candidates = candidates;
        this.positions = positions;
        this.publishedPlans = publishedPlans;
        this.closingListeners = closingListeners;
        this.audiences = audiences;
        this.audit = audit;
        this.eraser = eraser;
        this.clock = clock;
    }

    @Transactional
    public ApplicationResponse createApplication(@Nullable UUID actorId, CreateApplicationRequest request) {
        candidates.findById(request.candidateId()).filter(c -> c.erasedAt() == null)
                .orElseThrow(() -> unprocessable("candidateId", "names no candidate"));
        Position position = positions.findById(request.positionId()).orElseThrow(() -> unprocessable("positionId",
                "names no position"));
        if (!PositionStatus.OPEN.name().equals(position.status())) {
            throw unprocessable("positionId", "the position is closed");
        }
        UUID planId = publishedPlans.publishedPlanId(position.id())
                .orElseThrow(() -> unprocessable("positionId", "the position has no published interview plan yet"));
        if (applications.activeExists(request.candidateId(), position.id())) {
            throw new ConflictException("application-exists", "The candidate already has an active application for this position.");
        }
        String externalId = ExternalIds.normalized(request.externalId());
        if (externalId != null && applications.externalIdTaken(externalId)) {
            throw externalIdTaken();
        }
        Instant now = clock.instant();
        Application application;
        try {
            application = applications.save(new Application(UUID.randomUUID(), request.candidateId(),
                    position.id(), planId, ApplicationStatus.ACTIVE.name(), null, null, externalId, 0, now, now));
        } catch (io.micronaut.data.exceptions.DataAccessException e) {
            // a concurrent application won the race past the checks above; a unique index decided
            if (ExternalIds.refusedBy(e, EXTERNAL_ID_UNIQUE)) {
                throw externalIdTaken();
            }
            throw new ConflictException("application-exists", "The candidate already has an active application for this position.");
        }
        audit.record(actorId, "application.created", "application", application.id(),
                Map.of("candidateId", request.candidateId(), "positionId", position.id(), "planId", planId));
        return view(application.id());
    }

    /** Withdraws or rejects; future interviews of the application are cancelled in the same transaction. */
    @Transactional
    public ApplicationResponse closeApplication(UUID actorId, UUID id, OptionalLong expectedVersion,
                                                CloseApplicationRequest request) {
        if (!request.isClosingStatus()) {
            throw io.panelist.shared.problem.InvalidInputException.badField("status",
                    "must be WITHDRAWN or REJECTED; hiring goes through a decision");
        }
        Application current = applications.findForUpdate(id).orElseThrow(() -> new NotFoundException("Application", id));
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != current.version()) {
            throw new StaleVersionException("Application " + id, current.version());
        }
        if (!ApplicationStatus.ACTIVE.name().equals(current.status())) {
            throw new ConflictException("application-closed", "The application is already " + current.status() + ".");
        }
        close(actorId, current, request.status(), request.reason().trim());
        return view(id);
    }

    @ReadOnly
    public ApplicationResponse getApplication(Viewer viewer, UUID id) {
        Audiences.Audience who = audiences.of(viewer);
        return applications.findVisible(id, who.seesAll(), who.viewerId(), who.seated())
                .orElseThrow(() -> new NotFoundException("Application", id));
    }

    @ReadOnly
    public Page<ApplicationResponse> listApplications(Viewer viewer, @Nullable UUID positionId,
                                                      @Nullable UUID candidateId, @Nullable ApplicationStatus status,
                                                      Paging paging) {
        Audiences.Audience who = audiences.of(viewer);
        String statusName = status == null ? null : status.name();
        return new Page<>(applications.search(positionId, candidateId, statusName, who.seesAll(), who.viewerId(),
                who.seated(), paging.pageSize(), paging.offset()), paging.pageNumber(), paging.pageSize(),
                applications.countSearch(positionId, candidateId, statusName, who.seesAll(), who.viewerId(),
                        who.seated()));
    }

    /** An application without a visibility check, for features that have made their own. */
    @ReadOnly
    public ApplicationResponse application(UUID id) {
        return view(id);
    }

    @ReadOnly
    public java.util.Optional<ApplicationResponse> findApplication(UUID id) {
        return applications.findView(id);
    }

    @ReadOnly
    public boolean isVisibleTo(Viewer viewer, UUID applicationId) {
        Audiences.Audience who = audiences.of(viewer);
        return applications.findVisible(applicationId, who.seesAll(), who.viewerId(), who.seated()).isPresent();
    }

    /** Closes the application by a hiring decision: HIRED or REJECTED. Runs in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordDecision(UUID actorId, UUID id, boolean hired, String note) {
        Application current = applications.findForUpdate(id).orElseThrow(() -> new NotFoundException("Application", id));
        if (!ApplicationStatus.ACTIVE.name().equals(current.status())) {
            throw new ConflictException("application-closed", "The application is already " + current.status() + ".");
        }
        // the decision leaves its own audit event; this closing is part of it
        close(actorId, current, hired ? ApplicationStatus.HIRED : ApplicationStatus.REJECTED, note, false);
    }

    /** Makes a decided application active again (its decision was reopened). Runs in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reopen(UUID actorId, UUID id, String reason) {
        Application current = applications.findForUpdate(id).orElseThrow(() -> new NotFoundException("Application", id));
        try {
            applications.update(current.reopened(clock.instant()));
        } catch (io.micronaut.data.exceptions.DataAccessException e) {
            throw new ConflictException("application-exists", "The candidate has another active application for this position.");
        }
        audit.record(actorId, "application.reopened", "application", id, Map.of("reason", reason));
    }

    public List<ApplicationResponse> applicationsOf(UUID candidateId) {
        return applications.ofCandidate(candidateId);
    }

    public int activeCountOf(UUID candidateId) {
        return applications.activeOfCandidateForUpdate(candidateId).size();
    }

    /** Part of an erasure, whose own audit event covers these closings. */
    public void withdrawAllOf(UUID actorId, UUID candidateId, String reason) {
        applications.activeOfCandidateForUpdate(candidateId)
                .forEach(application -> close(actorId, application, ApplicationStatus.WITHDRAWN, reason, false));
    }

    /** The person's mentions go from the reasons their applications were closed with (part of their erasure). */
    public void scrubReasons(UUID candidateId, PersonMentions mentions) {
        eraser.erase(REASONS, mentions, candidateId);
    }

    private void close(UUID actorId, Application current, ApplicationStatus status, String reason) {
        close(actorId, current, status, reason, true);
    }

    private void close(UUID actorId, Application current, ApplicationStatus status, String reason, boolean audited) {
        try {
            applications.update(current.closed(status, reason, clock.instant()));
        } catch (OptimisticLockException e) {
            throw new StaleVersionException("Application " + current.id(), current.version() + 1);
        }
        closingListeners.forEach(listener -> listener.applicationClosed(current.id(), actorId, reason));
        if (audited) {
            audit.record(actorId, "application.closed", "application", current.id(), Map.of("status", status));
        }
    }

    private ApplicationResponse view(UUID id) {
        return applications.findView(id).orElseThrow(() -> new NotFoundException("Application", id));
    }

    private static ConflictException externalIdTaken() {
        return new ConflictException("application-external-id-taken",
                "Another application already has this external id.");
    }

    private static InvalidInputException unprocessable(String field, String message) {
        return new InvalidInputException(HttpStatus.UNPROCESSABLE_ENTITY, "The application cannot be made: " + message + ".",
                List.of(new FieldProblem(field, message)));
    }
}
