package io.panelist.web.plans;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.panelist.identity.IdentityService;
import io.panelist.plans.PlanService;
import io.panelist.plans.PlanSummary;
import io.panelist.plans.SavePlanRequest;
import io.panelist.plans.StageKind;
import io.panelist.recruiting.positions.PositionResponse;
import io.panelist.recruiting.positions.PositionService;
import io.panelist.shared.CurrentUser;
import io.panelist.shared.problem.ForbiddenException;
import io.panelist.shared.Paging;
import io.panelist.shared.Viewer;
import io.panelist.web.session.CsrfTokens;
import io.panelist.web.PageViews;
import io.swagger.v3.oas.annotations.Hidden;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The plans of one position: the published one, the drafts and the archived versions, with a way to start a draft
 * or a new version. A position the viewer may not read is not found, as in the API.
 */
@Controller("/positions/{positionId}/plan")
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class PositionPlansPageController {
    private final PlanService plans;
    private final PositionService positions;
    private final IdentityService identity;
    private final PageViews views;
    private final CsrfTokens csrf;

    PositionPlansPageController(PlanService plans, PositionService positions, IdentityService identity, PageViews views,
                            CsrfTokens csrf) {
        this.plans = plans;
        this.positions = positions;
        this.identity = identity;
        this.views = views;
        this.csrf = csrf;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> page(HttpRequest<?> request, UUID positionId, Authentication who) {
        Viewer viewer = Viewer.of(who);
        PositionResponse position = positions.getPosition(viewer, positionId);
        List<PlanSummary> all = plans.listPlans(viewer, positionId, null, Paging.of(0, Paging.MAX_SIZE)).items();
        String zone = identity.userSummary(CurrentUser.id(who)).orElseThrow().timeZone();
        return views.page(request, who, "plans/position", Map.of("view",
                PositionPlansView.of(position, all, plans.mayStartDraft(viewer, positionId), zone)));
    }

    /** A plain form post: a new draft with one empty stage to start from, then its builder. */
    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> startDraft(HttpRequest<?> request, UUID positionId, @Body @Nullable PlanForm form,
                               Authentication who) {
        if (form == null || !csrf.matches(request, form.csrfToken())) {
            throw new ForbiddenException("This form did not come from a Panelist page. Reload the page and try again.");
        }
        Viewer viewer = Viewer.of(who);
        PositionResponse position = positions.getPosition(viewer, positionId);
        var draft = plans.createPlan(viewer, new SavePlanRequest(positionId, position.title(), null,
                List.of(new SavePlanRequest.StageInput(null, "Stage 1", StageKind.SCREEN, 30, List.of(), List.of()))));
        return HttpResponse.seeOther(URI.create("/plans/" + draft.id()));
    }
}
