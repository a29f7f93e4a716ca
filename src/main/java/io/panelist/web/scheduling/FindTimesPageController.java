package io.panelist.web.scheduling;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.panelist.plans.PlanResponse;
import io.panelist.plans.PlanService;
import io.panelist.recruiting.ApplicationResponse;
import io.panelist.recruiting.ApplicationService;
import io.panelist.web.recruiting.RecruiterPages;
import io.panelist.web.session.CsrfTokens;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /applications/{id}/schedule/suggestions}: the times find-times suggests for the stage, days and panel size
 * chosen on the scheduling page, as the piece of it htmx swaps in, each with a form that books it.
 */
@Controller("/applications/{id}/schedule/suggestions")
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class FindTimesPageController {
    private final ApplicationService applications;
    private final PlanService plans;
    private final SuggestionFinder finder;
    private final RecruiterPages pages;
    private final CsrfTokens csrf;

    FindTimesPageController(ApplicationService applications, PlanService plans, SuggestionFinder finder,
                            RecruiterPages pages, CsrfTokens csrf) {
        this.applications = applications;
        this.plans = plans;
        this.finder = finder;
        this.pages = pages;
        this.csrf = csrf;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> suggestions(HttpRequest<?> request, Authentication who, UUID id,
                                @QueryValue @Nullable String stageId, @QueryValue @Nullable String from,
                                @QueryValue @Nullable String to, @QueryValue @Nullable String panelSize) {
        ApplicationResponse application = applications.getApplication(pages.staff(who), id);
        List<PlanResponse.Stage> stages = plans.kit(application.planId()).map(PlanResponse::stages).orElse(List.of());
        FinderView found = finder.find(id, stages, new FinderValues(stageId, from, to, panelSize), pages.zoneOf(who));
        MutableHttpResponse<ModelAndView<Map<String, Object>>> response = HttpResponse.ok();
        Map<String, Object> model = new HashMap<>();
        model.put("finder", found);
        model.put("csrfToken", csrf.forPage(request, response));
        return response.body(new ModelAndView<>("scheduling/fragments/suggestions", model));
    }
}
