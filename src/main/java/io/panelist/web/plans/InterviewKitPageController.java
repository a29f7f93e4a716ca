package io.panelist.web.plans;

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
import io.panelist.plans.PlanResponse;
import io.panelist.plans.PlanService;
import io.panelist.shared.problem.NotFoundException;
import io.panelist.shared.Viewer;
import io.panelist.web.PageViews;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.Map;
import java.util.UUID;

/**
 * The printable interview kit of one stage, for anyone who may read the plan: the questions in order with guidance,
 * follow-ups and minutes, and each topic's four rubric anchors (pinned when published, current in a draft).
 */
@Controller("/plans/{id}/stages/{stageId}/kit")
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class InterviewKitPageController {
    private final PlanService plans;
    private final PageViews views;

    InterviewKitPageController(PlanService plans, PageViews views) {
        this.plans = plans;
        this.views = views;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> kit(HttpRequest<?> request, UUID id, UUID stageId, Authentication who) {
        PlanResponse plan = plans.getPlan(Viewer.of(who), id);
        KitView kit = KitView.of(plan, stageId).orElseThrow(() -> new NotFoundException("Stage", stageId));
        return views.page(request, who, "plans/kit", Map.of("kit", kit));
    }
}
