package io.panelist.web.recruiting;

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
import io.panelist.recruiting.ApplicationResponse;
import io.panelist.recruiting.ApplicationService;
import io.panelist.recruiting.candidates.CandidateResponse;
import io.panelist.recruiting.candidates.CandidateService;
import io.panelist.recruiting.CreateApplicationRequest;
import io.panelist.shared.CurrentUser;
import io.panelist.shared.problem.PanelistException;
import io.panelist.shared.Viewer;
import io.panelist.web.FormFields;
import io.panelist.web.PageViews;
import io.swagger.v3.oas.annotations.Hidden;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

/**
 * Applications as the recruiter handles them: applying a candidate to an open position (from the candidate page) and
 * an application's rounds. The application's own review page, {@code /applications/{id}}, is the hiring manager's.
 */
@Controller
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class ApplicationPageController {
    private final CandidateService candidates;
    private final ApplicationService applications;
    private final RoundsPage rounds;
    private final CandidatePageModel candidatePage;
    private final RecruiterPages pages;
    private final PageViews views;

    ApplicationPageController(CandidateService candidates, ApplicationService applications,
                               RoundsPage rounds, CandidatePageModel candidatePage, RecruiterPages pages,
                               PageViews views) {
        this.candidates = candidates;
        this.applications = applications;
        this.rounds = rounds;
        this.candidatePage = candidatePage;
        this.pages = pages;
        this.views = views;
    }

    @Post(value = "/candidates/{id}/applications", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> apply(HttpRequest<?> request, Authentication who, UUID id, @Body ApplyForm form) {
        Viewer viewer = pages.staff(who);
        pages.requireToken(request, form.csrfToken());
        CandidateResponse candidate = candidates.getCandidate(viewer, id);
        UUID positionId = FormFields.uuid(form.positionId());
        if (positionId == null) {
            return refused(request, who, candidate, "Choose a position to apply to.", HttpStatus.UNPROCESSABLE_ENTITY);
        }
        try {
            ApplicationResponse created = applications.createApplication(CurrentUser.id(who),
                    new CreateApplicationRequest(id, positionId));
            return HttpResponse.seeOther(URI.create("/candidates/" + id + "?applied=" + created.id()));
        } catch (PanelistException e) {
            boolean refusal = e.status().getCode() < 500 && e.status() != HttpStatus.NOT_FOUND
                    && e.status() != HttpStatus.FORBIDDEN;
            if (!refusal) {
                throw e;
            }
            return refused(request, who, candidate, e.getMessage(), e.status());
        }
    }

    /** The application's rounds, and its self-scheduling links with the form that makes one. */
    @Get(value = "/applications/{id}/interviews", produces = MediaType.TEXT_HTML)
    HttpResponse<?> interviews(HttpRequest<?> request, Authentication who, UUID id) {
        return rounds.render(request, who, HttpStatus.OK, id, RoundsPage.LinkState.fresh());
    }

    private HttpResponse<?> refused(HttpRequest<?> request, Authentication who, CandidateResponse candidate,
                                    String message, HttpStatus status) {
        Map<String, Object> model = candidatePage.of(Viewer.of(who), pages.zoneOf(who), candidate, null);
        model.put("applyError", message);
        return views.page(request, who, status, "recruiting/candidate", model);
    }
}
