package io.panelist.web.recruiting;

import io.micronaut.core.annotation.Nullable;
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
import io.panelist.recruiting.ApplicationStatus;
import io.panelist.recruiting.candidates.CandidateResponse;
import io.panelist.recruiting.candidates.CandidateService;
import io.panelist.scheduling.SchedulingService;
import io.panelist.shared.CurrentUser;
import io.panelist.shared.Paging;
import io.panelist.shared.Viewer;
import io.panelist.web.PageViews;
import io.swagger.v3.oas.annotations.Hidden;

import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Erasing a person, in two steps: a page that names exactly what goes and what stays, then a post that must carry
 * its explicit confirmation. One click never erases anyone.
 */
@Controller("/candidates/{id}/erase")
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class CandidateErasurePageController {
    private final CandidateService candidates;
    private final ApplicationService applications;
    private final SchedulingService scheduling;
    private final RecruiterPages pages;
    private final PageViews views;
    private final Clock clock;

    CandidateErasurePageController(CandidateService candidates, ApplicationService applications,
                               SchedulingService scheduling, RecruiterPages pages, PageViews views, Clock clock) {
        this.candidates = candidates;
        this.applications = applications;
        this.scheduling = scheduling;
        this.pages = pages;
        this.views = views;
        this.clock = clock;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> confirm(HttpRequest<?> request, Authentication who, UUID id) {
        pages.staff(who);
        return page(request, who, id, null, HttpStatus.OK);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> erase(HttpRequest<?> request, Authentication who, UUID id, @Body EraseForm form) {
        pages.staff(who);
        pages.requireToken(request, form.csrfToken());
        if (!form.confirmed()) {
            return page(request, who, id, "Nothing was erased. Tick the box to confirm, then press Erase.",
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        candidates.getCandidate(Viewer.of(who), id);
        candidates.eraseCandidate(CurrentUser.id(who), id);
        return HttpResponse.seeOther(URI.create("/candidates/" + id));
    }

    private HttpResponse<?> page(HttpRequest<?> request, Authentication who, UUID id, @Nullable String message,
                                 HttpStatus status) {
        Viewer viewer = Viewer.of(who);
        CandidateResponse candidate = candidates.getCandidate(viewer, id);
        ZoneId zone = pages.zoneOf(who);
        List<ApplicationResponse> active = applications.listApplications(viewer, null, id, ApplicationStatus.ACTIVE,
                Paging.of(0, Paging.MAX_SIZE)).items();
        List<InterviewSummary> upcoming = active.stream()
                .flatMap(a -> scheduling.interviewsOfApplication(viewer, a.id()).stream())
                .filter(i -> i.startsAt().isAfter(clock.instant()) && "SCHEDULED".equals(i.status().name()))
                .map(i -> InterviewSummary.of(i, zone)).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("candidate", candidate);
        model.put("withdrawn", active.stream().map(a -> ApplicationRow.of(a, zone)).toList());
        model.put("cancelled", upcoming);
        model.put("message", message);
        return views.page(request, who, status, "recruiting/erase", model);
    }
}
