package io.panelist.web.plans;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.panelist.identity.IdentityService;
import io.panelist.plans.PlanActions;
import io.panelist.plans.rules.PlanInvalidException;
import io.panelist.plans.PlanPublishedException;
import io.panelist.plans.PlanResponse;
import io.panelist.plans.PlanService;
import io.panelist.plans.SavePlanRequest;
import io.panelist.questionbank.topics.TopicService;
import io.panelist.shared.CurrentUser;
import io.panelist.shared.ETags;
import io.panelist.shared.problem.ForbiddenException;
import io.panelist.shared.problem.InvalidInputException;
import io.panelist.shared.Paging;
import io.panelist.shared.problem.PreconditionRequiredException;
import io.panelist.shared.problem.StaleVersionException;
import io.panelist.shared.Viewer;
import io.panelist.web.session.CsrfTokens;
import io.panelist.web.PageViews;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Validator;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The plan builder. A draft that the viewer may edit opens as one form that the page saves whole, a moment after each
 * change, through the same service as {@code PUT /api/v1/plans/{id}} (with the version it read); each save answers the
 * validation report and coverage summary again. Anyone else who may read the plan, and everyone once it is published
 * or archived, sees it read-only.
 */
@Controller("/plans/{id}")
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class PlanBuilderPageController {
    static final String STALE = "Someone else saved this plan after you opened it, so your last change was not saved. "
            + "Reload the page to see their version, then make your change again.";
    static final String PUBLISHED = "This plan is published now and never changes, so your last change was not saved. "
            + "Reload the page to see it; start a new version to change it.";
    private final PlanService plans;
    private final TopicService topics;
    private final IdentityService identity;
    private final PageViews views;
    private final CsrfTokens csrf;
    private final Validator validator;

    PlanBuilderPageController(PlanService plans, TopicService topics, IdentityService identity, PageViews views,
                          CsrfTokens csrf, Validator validator) {
        this.plans = plans;
        this.topics = topics;
        this.identity = identity;
        this.views = views;
        this.csrf = csrf;
        this.validator = validator;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> page(HttpRequest<?> request, UUID id, Authentication who) {
        Viewer viewer = Viewer.of(who);
        PlanResponse plan = plans.getPlan(viewer, id);
        PlanActions actions = plans.actionsOn(viewer, id);
        String zone = identity.userSummary(CurrentUser.id(who)).orElseThrow().timeZone();
        BuilderView view = BuilderView.of(plan, actions, topics.listTopics(Paging.of(0, Paging.MAX_SIZE)).items(), zone);
        return views.page(request, who, actions.edit() ? "plans/builder" : "plans/plan", Map.of("view", view,
                "kinds", view.kinds(), "scores", view.scores(), "topicOptions", view.topicOptions()));
    }

    /** Saves the draft whole; answers the report and summary, or why nothing was saved. */
    @Put(consumes = MediaType.APPLICATION_JSON, produces = MediaType.TEXT_HTML)
    HttpResponse<?> save(UUID id, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                         @Body SavePlanRequest request, Authentication who) {
        List<String> problems = UnstorableDraftWording.of(validator.validate(request), request);
        if (!problems.isEmpty()) {
            return notSaved(HttpStatus.BAD_REQUEST, "Not saved. Fix this and the plan saves again:", problems);
        }
        try {
            PlanResponse saved = plans.updatePlan(Viewer.of(who), id, ETags.required(ifMatch, "plan"), request);
            return report(HttpStatus.OK, ReportView.of(saved));
        } catch (InvalidInputException e) {
            return notSaved(e.status(), "Not saved: " + e.getMessage(), UnstorableDraftWording.of(e.fieldProblems(), request));
        }
    }

    /** Publishes a valid draft; an invalid one answers 422 with the report that says why. */
    @Post(value = "/publish", produces = MediaType.TEXT_HTML)
    HttpResponse<?> publish(UUID id, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch, Authentication who) {
        Viewer viewer = Viewer.of(who);
        try {
            PlanResponse published = plans.publishPlan(viewer, id, ETags.parse(ifMatch));
            return report(HttpStatus.OK, ReportView.of(published));
        } catch (PlanInvalidException e) {
            return report(HttpStatus.UNPROCESSABLE_ENTITY, ReportView.of(plans.getPlan(viewer, id), true));
        }
    }

    /** A plain form post: a new draft copied from this plan, then its builder. */
    @Post(value = "/versions", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> newVersion(HttpRequest<?> request, UUID id, @Body @Nullable PlanForm form, Authentication who) {
        if (form == null || !csrf.matches(request, form.csrfToken())) {
            throw new ForbiddenException("This form did not come from a Panelist page. Reload the page and try again.");
        }
        PlanResponse copy = plans.newVersion(Viewer.of(who), id);
        return HttpResponse.seeOther(URI.create("/plans/" + copy.id()));
    }

    @Error(exception = StaleVersionException.class)
    HttpResponse<?> stale(StaleVersionException e) {
        return notSaved(HttpStatus.PRECONDITION_FAILED, STALE, List.of());
    }

    /** A save that names no version could overwrite someone else's: refused like a stale one, and said so. */
    @Error(exception = PreconditionRequiredException.class)
    HttpResponse<?> versionMissing(PreconditionRequiredException e) {
        return notSaved(HttpStatus.PRECONDITION_REQUIRED, "This page did not say which version of the plan it changes,"
                + " so nothing was saved. Reload the page, then make your change again.", List.of());
    }

    @Error(exception = PlanPublishedException.class)
    HttpResponse<?> published(PlanPublishedException e) {
        return notSaved(HttpStatus.CONFLICT, PUBLISHED, List.of());
    }

    private static MutableHttpResponse<ModelAndView<Map<String, Object>>> report(HttpStatus status, ReportView report) {
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(status)
                .body(new ModelAndView<>("plans/fragments/report", Map.<String, Object>of("report", report)))
                .header(HttpHeaders.ETAG, ETags.of(report.editVersion()));
    }

    static MutableHttpResponse<ModelAndView<Map<String, Object>>> notSaved(HttpStatus status, String message,
                                                                          List<String> problems) {
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(status)
                .body(new ModelAndView<>("plans/fragments/not-saved", Map.<String, Object>of("message", message, "problems", problems)));
    }
}
