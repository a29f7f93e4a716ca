package io.panelist.web.scoring;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.panelist.identity.IdentityService;
import io.panelist.plans.PlanService;
import io.panelist.scheduling.InterviewResponse;
import io.panelist.scheduling.SchedulingService;
import io.panelist.scoring.ScorecardResponse;
import io.panelist.scoring.review.ScorecardReviewService;
import io.panelist.scoring.ScoringService;
import io.panelist.shared.CurrentUser;
import io.panelist.shared.Viewer;
import io.panelist.web.PageViews;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The live scoring page of one interview, for a panelist and their own scorecard only (anyone else: 404 or 403, as
 * the API answers). The page saves and submits through the scorecard API; after submission it shows the panel's
 * other submitted scorecards, which the review service refuses to anyone still scoring.
 */
@Controller("/interviews/{interviewId}/scorecard")
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class ScoringPageController {
    private final ScoringService scoring;
    private final ScorecardReviewService reviews;
    private final SchedulingService scheduling;
    private final PlanService plans;
    private final IdentityService identity;
    private final PageViews views;

    ScoringPageController(ScoringService scoring, ScorecardReviewService reviews, SchedulingService scheduling,
                          PlanService plans, IdentityService identity, PageViews views) {
        this.scoring = scoring;
        this.reviews = reviews;
        this.scheduling = scheduling;
        this.plans = plans;
        this.identity = identity;
        this.views = views;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> page(HttpRequest<?> request, UUID interviewId, Authentication who) {
        Viewer viewer = Viewer.of(who);
        ScorecardResponse card = scoring.ownScorecard(viewer, interviewId);
        InterviewResponse interview = scheduling.getInterview(viewer, interviewId);
        int plannedMinutes = plans.stageKit(interview.planId(), interview.stageId())
                .map(stage -> stage.minutes()).orElse(0);
        String zone = identity.userSummary(CurrentUser.id(who)).orElseThrow().timeZone();
        return views.page(request, who, "scoring/scorecard",
                Map.of("page", ScoringPage.of(card, interview, plannedMinutes, zone)));
    }

    /** The panel's other submitted scorecards for this interview; refused (403) until the viewer's own are all in. */
    @Get(value = "/panel", produces = MediaType.TEXT_HTML)
    HttpResponse<?> panel(UUID interviewId, Authentication who) {
        Viewer viewer = Viewer.of(who);
        ScorecardResponse own = scoring.ownScorecard(viewer, interviewId);
        List<ScorecardResponse> others = reviews.submittedScorecards(viewer, own.applicationId()).stream()
                .filter(card -> card.interviewId().equals(interviewId) && !card.id().equals(own.id()))
                .toList();
        return PageViews.fragment("fragments/panel", Map.of("cards", others));
    }
}
