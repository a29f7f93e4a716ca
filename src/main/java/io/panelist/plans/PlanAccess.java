package io.panelist.plans;

import io.panelist.identity.Role;
import io.panelist.recruiting.positions.PositionResponse;
import io.panelist.recruiting.positions.PositionService;
import io.panelist.shared.Viewer;
import io.panelist.shared.problem.ForbiddenException;
import io.panelist.shared.problem.NotFoundException;
import jakarta.inject.Singleton;

import java.util.UUID;

/** Who may read and write a position's plans: plans follow their position's visibility. */
@Singleton
class PlanAccess {
    private final PositionService positions;

    PlanAccess(PositionService positions) {
        this.positions = positions;
    }

    /** Whether the viewer may start drafts for the position; a position they may not read is not found. */
    boolean mayStartDraft(Viewer viewer, UUID positionId) {
        return writesDrafts(viewer, positions.getPosition(viewer, positionId));
    }

    /** Drafts: administrators and interviewers for any position, a hiring manager for their own. */
    PositionResponse writablePosition(Viewer viewer, UUID positionId) {
        return mayWrite(viewer, positions.getPosition(viewer, positionId));
    }

    PositionResponse mayWrite(Viewer viewer, PositionResponse position) {
        if (writesDrafts(viewer, position)) {
            return position;
        }
        throw new ForbiddenException(
                "Only administrators, interviewers and the position's hiring manager edit its plans.");
    }

    static boolean writesDrafts(Viewer viewer, PositionResponse position) {
        return viewer.hasAny(Role.ADMIN.name(), Role.INTERVIEWER.name())
                || position.hiringManagerId().equals(viewer.id());
    }

    /** Publishing: an administrator or the position's hiring manager. */
    PositionResponse publishablePosition(Viewer viewer, UUID positionId) {
        if (!viewer.has(Role.ADMIN.name()) && !positions.isHiringManagerOf(viewer, positionId)) {
            throw new ForbiddenException("Only an administrator or the position's hiring manager publishes its plans.");
        }
        return positions.getPosition(viewer, positionId);
    }

    PositionResponse readablePosition(Viewer viewer, UUID positionId, UUID planId) {
        try {
            return positions.getPosition(viewer, positionId);
        } catch (NotFoundException e) {
            throw new NotFoundException("Plan", planId);
        }
    }
}
