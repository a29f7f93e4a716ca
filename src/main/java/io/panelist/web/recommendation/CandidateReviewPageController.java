package io.panelist.web.recommendation;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import io.panelist.recommendation.RecommendationService;
import io.panelist.shared.problem.ForbiddenException;
import io.panelist.shared.Viewer;
import io.panelist.web.session.CsrfTokens;
import io.panelist.web.PageViews;
import io.panelist.web.Pages;
import io.swagger.v3.oas.annotations.Hidden;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The candidate page for the debrief and the hiring manager's decision. Who may open it is what the recommendation
 * API allows; a hiring manager still scoring this candidate sees why the page stays closed, not an error. The
 * decision posts through htmx (the CSRF header, checked by the filter) or, without scripts, as a plain form (the
 * token in its field, checked here).
 */
@Controller("/applications/{id}")
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class CandidateReviewPageController {
    static final String VIEW = "recommendation/application";
    static final String SECTION = "recommendation/fragments/decision";
    private final CandidatePageAssembler pages;
    private final RecommendationService recommendations;
    private final CsrfTokens csrf;
    private final PageViews views;

    CandidateReviewPageController(CandidatePageAssembler pages, RecommendationService recommendations, CsrfTokens csrf,
                              PageViews views) {
        this.pages = pages;
        this.recommendations = recommendations;
        this.csrf = csrf;
        this.views = views;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> page(HttpRequest<?> request, UUID id, Authentication who) {
        Viewer viewer = Viewer.of(who);
        try {
            return views.page(request, who, VIEW, pages.page(viewer, id, DecisionView.Form.blank()));
        } catch (ForbiddenException refused) {
            if (!recommendations.isWithheldFrom(viewer, id)) {
                throw refused;
            }
            return views.page(request, who, HttpStatus.FORBIDDEN, "recommendation/blind", pages.blind(viewer, id));
        }
    }

    @Post(value = "/decision", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> decide(HttpRequest<?> request, UUID id, @Body DecisionForm form, Authentication who) {
        boolean htmx = Pages.isFragmentRequest(request);
        if (!htmx && !csrf.matches(request, form.csrfToken())) {
            throw new ForbiddenException("This decision did not come from a Panelist page. Reload the page and try again.");
        }
        Viewer viewer = Viewer.of(who);
        CandidatePageAssembler.Attempt attempt = pages.decide(viewer, id, form);
        if (htmx) {
            Map<String, Object> model = new HashMap<>();
            model.put("decision", attempt.decision());
            model.put("csrfToken", request.getHeaders().get("X-CSRF-TOKEN"));
            return PageViews.fragment(SECTION, model).status(attempt.status());
        }
        if (attempt.status() == HttpStatus.OK) {
            return HttpResponse.seeOther(URI.create("/applications/" + id + "#decision"));
        }
        Map<String, Object> model = new HashMap<>(pages.page(viewer, id, attempt.decision().form()));
        return views.page(request, who, attempt.status(), VIEW, model);
    }
}
