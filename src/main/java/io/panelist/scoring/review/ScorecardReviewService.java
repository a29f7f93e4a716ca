package io.panelist.scoring.review;

import io.micronaut.transaction.annotation.ReadOnly;
import io.panelist.audit.AuditService;
import io.panelist.identity.Role;
import io.panelist.recruiting.ApplicationResponse;
import io.panelist.recruiting.ApplicationService;
import io.panelist.scheduling.agenda.ScorecardStatuses;
import io.panelist.scoring.ScorecardAssembler;
import io.panelist.scoring.ScorecardRepository;
import io.panelist.scoring.ScorecardResponse;
import io.panelist.shared.Page;
import io.panelist.shared.Paging;
import io.panelist.shared.Viewer;
import io.panelist.shared.problem.ForbiddenException;
import io.panelist.shared.problem.NotFoundException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reading other people's scorecards. Scoring stays independent: a panelist of an application sees nobody else's
 * scorecards for it until all of their own are submitted, whatever other roles they hold, and every such read is
 * audited so that it can be shown later.
 */
@Singleton
public class ScorecardReviewService {
    private final ScorecardRepository scorecards;
    private final ScorecardAssembler assembler;
    private final ApplicationService applications;
    private final AuditService audit;
    private final Clock clock;

    ScorecardReviewService(ScorecardRepository scorecards, ScorecardAssembler assembler,
                           ApplicationService applications, AuditService audit, Clock clock) {
        this.scorecards = scorecards;
        this.assembler = assembler;
        this.applications = applications;
        this.audit = audit;
        this.clock = clock;
    }

    /** Submitted scorecards of an application, drafts never. */
    @Transactional
    public List<ScorecardResponse> submittedScorecards(Viewer viewer, UUID applicationId) {
        ApplicationResponse application = readableApplication(viewer, applicationId);
        List<ScorecardResponse> answer = assembler.assemble(scorecards.submittedOf(applicationId),
                application.planId(), application.candidateName());
        audit.record(viewer.id(), "scorecards.read", "application", applicationId, Map.of("scorecards", answer.size()));
        return answer;
    }

    /** Whether the viewer may read this application's submitted scorecards now (403 and 404 as the answer would be). */
    @ReadOnly
    public ApplicationResponse readableApplication(Viewer viewer, UUID applicationId) {
        ApplicationResponse application = applications.findApplication(applicationId)
                .orElseThrow(() -> new NotFoundException("Application", applicationId));
        if (scorecards.sitsOnPanel(applicationId, viewer.id())) {
            if (scorecards.ownUnsubmitted(applicationId, viewer.id()) > 0) {
                throw new ForbiddenException("Submit your own scorecards for this candidate first: "
                        + "scoring stays independent until then.");
            }
            return application;
        }
        if (viewer.hasAny(Role.ADMIN.name(), Role.RECRUITER.name()) || application.hiringManagerId().equals(viewer.id())) {
            return application;
        }
        if (applications.isVisibleTo(viewer, applicationId)) {
            throw new ForbiddenException("Scorecards are for the panel, recruiters and the position's hiring manager.");
        }
        throw new NotFoundException("Application", applicationId);
    }

    /** Refuses (403) a panelist of the application who still has unsubmitted scorecards for it: scoring stays blind. */
    @ReadOnly
    public void requireIndependence(Viewer viewer, UUID applicationId) {
        if (awaitsOwnScorecards(viewer, applicationId)) {
            throw new ForbiddenException("Submit your own scorecards for this candidate first: "
                    + "scoring stays independent until then.");
        }
    }

    /**
     * Whether the viewer sits on the application's panel with a scorecard of their own still to submit: what keeps
     * them blind to the others' scores. Says nothing to anyone not on the panel (false).
     */
    @ReadOnly
    public boolean awaitsOwnScorecards(Viewer viewer, UUID applicationId) {
        return scorecards.ownUnsubmitted(applicationId, viewer.id()) > 0;
    }

    /** Panelists without a submitted scorecard a day after their interview ended. */
    @ReadOnly
    public Page<OverdueScorecard> overdue(Paging paging) {
        Instant now = clock.instant();
        Instant cutoff = now.minus(ScorecardStatuses.OVERDUE_AFTER);
        return new Page<>(scorecards.overdue(cutoff, paging.pageSize(), paging.offset()).stream()
                .map(row -> new OverdueScorecard(row.interviewId(), row.applicationId(), row.candidateName(),
                        row.positionTitle(), row.stageName(), row.panelistId(), row.panelistName(), row.endedAt(),
                        Duration.between(row.endedAt().plus(ScorecardStatuses.OVERDUE_AFTER), now).toHours(),
                        row.scorecardStatus() == null ? ScorecardStatuses.NONE : row.scorecardStatus()))
                .toList(), paging.pageNumber(), paging.pageSize(), scorecards.countOverdue(cutoff));
    }
}
