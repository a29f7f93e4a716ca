package io.panelist.recruiting.positions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.ReadOnly;
import io.panelist.audit.AuditService;
import io.panelist.identity.IdentityService;
import io.panelist.identity.Role;
import io.panelist.identity.UserSummary;
import io.panelist.questionbank.Level;
import io.panelist.shared.problem.FieldProblem;
import io.panelist.shared.problem.InvalidInputException;
import io.panelist.shared.problem.NotFoundException;
import io.panelist.shared.Page;
import io.panelist.shared.Paging;
import io.panelist.shared.problem.StaleVersionException;
import io.panelist.shared.Viewer;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Positions. Administrators and recruiters write; interviewers read all; a hiring manager reads only their own,
 * and to anyone who may not read one, a position does not exist.
 */
@Singleton
public class PositionService {
    private final PositionRepository positions;
    private final IdentityService identity;
    private final AuditService audit;
    private final Clock clock;

    PositionService(PositionRepository positions, IdentityService identity, AuditService audit, Clock clock) {
        this.positions = positions;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public PositionResponse createPosition(@Nullable UUID actorId, SavePositionRequest request) {
        UserSummary manager = hiringManager(request.hiringManagerId());
        Instant now = clock.instant();
        Position position = positions.save(new Position(UUID.randomUUID(), request.title().trim(),
                request.level().name(), manager.id(), status(request).name(), 0, now, now));
        audit.record(actorId, "position.created", "position", position.id(), Map.of("title", position.title()));
        return response(position, manager);
    }

    @Transactional
    public PositionResponse updatePosition(UUID actorId, UUID id, OptionalLong expectedVersion,
                                           SavePositionRequest request) {
        Position current = positions.findForUpdate(id).orElseThrow(() -> new NotFoundException("Position", id));
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != current.version()) {
            throw new StaleVersionException("Position " + id, current.version());
        }
        UserSummary manager = hiringManager(request.hiringManagerId());
        Position updated;
        try {
            updated = positions.update(new Position(id, request.title().trim(), request.level().name(), manager.id(),
                    status(request).name(), current.version(), current.createdAt(), clock.instant()));
        } catch (OptimisticLockException e) {
            throw new StaleVersionException("Position " + id, current.version() + 1);
        }
        audit.record(actorId, "position.updated", "position", id,
                Map.of("title", updated.title(), "status", updated.status()));
        return response(updated, manager);
    }

    /** The position if this viewer may read it; otherwise it is not found. */
    @ReadOnly
    public PositionResponse getPosition(Viewer viewer, UUID id) {
        Position position = positions.findById(id).filter(p -> mayRead(viewer, p))
                .orElseThrow(() -> new NotFoundException("Position", id));
        return response(position, identity.userSummary(position.hiringManagerId()).orElseThrow());
    }

    @ReadOnly
    public Page<PositionResponse> listPositions(Viewer viewer, @Nullable PositionStatus status, @Nullable String q,
                                                Paging paging) {
        UUID onlyManagedBy = seesAll(viewer) ? null : viewer.id();
        String statusName = status == null ? null : status.name();
        String text = q == null || q.isBlank() ? null : q.trim();
        List<Position> page = positions.search(onlyManagedBy, statusName, text, paging.pageSize(), paging.offset());
        Map<UUID, UserSummary> managers = identity.userSummaries(page.stream().map(Position::hiringManagerId).toList());
        return new Page<>(page.stream().map(p -> response(p, managers.get(p.hiringManagerId()))).toList(),
                paging.pageNumber(), paging.pageSize(), positions.countSearch(onlyManagedBy, statusName, text));
    }

    /** Whether the viewer is the hiring manager of the position. */
    @ReadOnly
    public boolean isHiringManagerOf(Viewer viewer, UUID positionId) {
        return positions.findById(positionId).map(p -> p.hiringManagerId().equals(viewer.id())).orElse(false);
    }

    @ReadOnly
    public java.util.Optional<PositionResponse> findByTitle(String title) {
        return positions.findByTitle(title)
                .map(p -> response(p, identity.userSummary(p.hiringManagerId()).orElseThrow()));
    }

    static boolean seesAll(Viewer viewer) {
        return viewer.hasAny(Role.ADMIN.name(), Role.RECRUITER.name(), Role.INTERVIEWER.name());
    }

    private static boolean mayRead(Viewer viewer, Position position) {
        return seesAll(viewer) || position.hiringManagerId().equals(viewer.id());
    }

    private UserSummary hiringManager(UUID userId) {
        return identity.userSummary(userId).filter(user -> user.activeWith(Role.HIRING_MANAGER))
                .orElseThrow(() -> new InvalidInputException(HttpStatus.UNPROCESSABLE_ENTITY,
                        "The hiring manager must be an active user with the HIRING_MANAGER role.",
                        List.of(new FieldProblem("hiringManagerId", "is not an active hiring manager"))));
    }

    private static PositionStatus status(SavePositionRequest request) {
        return request.status() == null ? PositionStatus.OPEN : request.status();
    }

    private static PositionResponse response(Position position, UserSummary manager) {
        return new PositionResponse(position.id(), position.title(), Level.valueOf(position.level()),
                position.hiringManagerId(), manager == null ? "" : manager.displayName(),
                PositionStatus.valueOf(position.status()), position.version(), position.createdAt(),
                position.updatedAt());
    }
}
