package io.panelist.recommendation;

import io.panelist.identity.Role;
import io.panelist.recruiting.ApplicationResponse;
import io.panelist.recruiting.ApplicationService;
import io.panelist.recruiting.positions.PositionResponse;
import io.panelist.recruiting.positions.PositionService;
import io.panelist.scoring.review.ScorecardReviewService;
import io.panelist.shared.problem.ForbiddenException;
import io.panelist.shared.problem.NotFoundException;
import io.panelist.shared.Viewer;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * Who reads recommendations, rankings, reliability and exports: administrators, recruiters and the position's
 * hiring manager; and a panelist among them only once their own scorecards are in. Others get 403, or 404 when they
 * may not know the object exists.
 */
@Singleton
public class RecommendationAccess {
    private final ApplicationService applications;
    private final PositionService positions;
    private final ScorecardReviewService reviews;

    RecommendationAccess(ApplicationService applications, PositionService positions, ScorecardReviewService reviews) {
        this.applications = applications;
        this.positions = positions;
        this.reviews = reviews;
    }

    public ApplicationResponse application(Viewer viewer, UUID applicationId) {
        ApplicationResponse application = applications.findApplication(applicationId)
                .orElseThrow(() -> new NotFoundException("Application", applicationId));
        if (!entitled(viewer, application.hiringManagerId())) {
            if (applications.isVisibleTo(viewer, applicationId)) {
                throw new ForbiddenException("Recommendations are for recruiters and the position's hiring manager.");
            }
            throw new NotFoundException("Application", applicationId);
        }
        reviews.requireIndependence(viewer, applicationId);
        return application;
    }

    /** Scoring stays blind for a panelist, whatever else they are, until their own scorecards are in. */
    public void requireIndependence(Viewer viewer, UUID applicationId) {
        reviews.requireIndependence(viewer, applicationId);
    }

    /** Whether the viewer may read the application's recommendation but waits on their own scorecards first. */
    boolean withheld(Viewer viewer, UUID applicationId) {
        return applications.findApplication(applicationId).filter(a -> entitled(viewer, a.hiringManagerId()))
                .isPresent() && reviews.awaitsOwnScorecards(viewer, applicationId);
    }

    public PositionResponse position(Viewer viewer, UUID positionId) {
        PositionResponse position = positions.getPosition(viewer, positionId);
        if (!entitled(viewer, position.hiringManagerId())) {
            throw new ForbiddenException("Rankings are for recruiters and the position's hiring manager.");
        }
        return position;
    }

    /**
     * Whether the viewer may read the recommendation, from what one query told of the application: entitled, and not
     * waiting on their own scorecards. When not, {@link #application} refuses in the words the rules give.
     */
    static boolean allows(Viewer viewer, UUID hiringManagerId, boolean awaitsOwnScorecards) {
        return entitled(viewer, hiringManagerId) && !awaitsOwnScorecards;
    }

    /** Administrators and recruiters, and the position's hiring manager while they hold that role. */
    static boolean entitled(Viewer viewer, UUID hiringManagerId) {
        return viewer.hasAny(Role.ADMIN.name(), Role.RECRUITER.name())
                || viewer.has(Role.HIRING_MANAGER.name()) && hiringManagerId.equals(viewer.id());
    }
}
