package io.panelist.web.recruiting;

import io.panelist.web.FormFields;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.panelist.recruiting.candidates.CandidateResponse;
import io.panelist.recruiting.candidates.CandidateService;
import io.panelist.shared.problem.ConflictException;
import io.panelist.shared.CurrentUser;
import io.panelist.shared.problem.InvalidInputException;
import io.panelist.shared.Page;
import io.panelist.shared.Paging;
import io.panelist.shared.problem.StaleVersionException;
import io.panelist.shared.Viewer;
import io.panelist.web.PageViews;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Validator;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** {@code /candidates}: search and add people; {@code /candidates/{id}}: one person, edited with the version read. */
@Controller
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class CandidatePageController {
    private static final int PAGE_SIZE = 20;
    private final CandidateService candidates;
    private final CandidatePageModel candidatePage;
    private final RecruiterPages pages;
    private final PageViews views;
    private final Validator validator;

    CandidatePageController(CandidateService candidates, CandidatePageModel candidatePage, RecruiterPages pages,
                             PageViews views, Validator validator) {
        this.candidates = candidates;
        this.candidatePage = candidatePage;
        this.pages = pages;
        this.views = views;
        this.validator = validator;
    }

    @Get(value = "/candidates", produces = MediaType.TEXT_HTML)
    HttpResponse<?> search(HttpRequest<?> request, Authentication who, @QueryValue @Nullable String q,
                           @QueryValue @Nullable Integer page) {
        pages.staff(who);
        return list(request, who, q, page, CandidateForm.EMPTY, Map.of(), HttpStatus.OK);
    }

    @Post(value = "/candidates", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> create(HttpRequest<?> request, Authentication who, @Body CandidateForm form) {
        pages.staff(who);
        pages.requireToken(request, form.csrfToken());
        Map<String, String> errors = CandidateChecks.problems(validator, form.request());
        if (!errors.isEmpty()) {
            return list(request, who, null, 0, form, errors, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        try {
            CandidateResponse created = candidates.createCandidate(CurrentUser.id(who), form.request());
            return HttpResponse.seeOther(URI.create("/candidates/" + created.id()));
        } catch (ConflictException e) {
            return list(request, who, null, 0, form, Map.of("email", e.getMessage()), HttpStatus.CONFLICT);
        }
    }

    @Get(value = "/candidates/{id}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> details(HttpRequest<?> request, Authentication who, UUID id, @QueryValue @Nullable UUID applied) {
        Viewer viewer = pages.staff(who);
        CandidateResponse candidate = candidates.getCandidate(viewer, id);
        return views.page(request, who, "recruiting/candidate",
                candidatePage.of(viewer, pages.zoneOf(who), candidate, applied));
    }

    @Post(value = "/candidates/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> update(HttpRequest<?> request, Authentication who, UUID id, @Body CandidateForm form) {
        Viewer viewer = pages.staff(who);
        pages.requireToken(request, form.csrfToken());
        CandidateResponse current = candidates.getCandidate(viewer, id);
        Map<String, String> errors = CandidateChecks.problems(validator, form.request());
        if (!errors.isEmpty()) {
            return again(request, who, current, form, errors, "Nothing was saved: check the fields marked below.",
                    null, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        try {
            candidates.updateCandidate(CurrentUser.id(who), id, FormFields.version(form.version()), form.request());
            return HttpResponse.seeOther(URI.create("/candidates/" + id));
        } catch (StaleVersionException e) {
            CandidateResponse theirs = candidates.getCandidate(viewer, id);
            return again(request, who, theirs, form.withVersion(theirs.version()), Map.of(),
                    "Someone else changed this candidate after you opened the page, so your changes were not saved. "
                            + "Their version is shown below; your text is still in the form. Save again to replace "
                            + "their version with yours.", theirs, HttpStatus.PRECONDITION_FAILED);
        } catch (ConflictException e) {
            Map<String, String> problem = "candidate-email-taken".equals(e.type()) ? Map.of("email", e.getMessage())
                    : Map.of();
            return again(request, who, current, form, problem, e.getMessage(), null, HttpStatus.CONFLICT);
        }
    }

    private HttpResponse<?> list(HttpRequest<?> request, Authentication who, @Nullable String q,
                                 @Nullable Integer page, CandidateForm form, Map<String, String> errors,
                                 HttpStatus status) {
        String text = q == null ? "" : q.trim();
        if (text.length() > 200) {
            throw InvalidInputException.badField("q", "a search is at most 200 characters");
        }
        int number = page == null || page < 0 ? 0 : page;
        Page<CandidateResponse> found = candidates.searchCandidates(Viewer.of(who), text, Paging.of(number, PAGE_SIZE));
        Map<String, Object> model = new HashMap<>();
        model.put("q", text);
        java.time.ZoneId zone = pages.zoneOf(who);
        model.put("found", found.map(candidate -> CandidateRow.of(candidate, zone)));
        model.put("prev", number > 0 ? pageHref(text, number - 1) : null);
        model.put("next", (long) (number + 1) * PAGE_SIZE < found.total() ? pageHref(text, number + 1) : null);
        model.put("form", form);
        model.put("errors", errors);
        return views.page(request, who, status, "recruiting/candidates", model);
    }

    private HttpResponse<?> again(HttpRequest<?> request, Authentication who, CandidateResponse candidate,
                                  CandidateForm form, Map<String, String> errors, String message,
                                  @Nullable CandidateResponse theirs, HttpStatus status) {
        Map<String, Object> model = candidatePage.of(Viewer.of(who), pages.zoneOf(who), candidate, null);
        model.put("form", form);
        model.put("errors", errors);
        model.put("message", message);
        model.put("theirs", theirs);
        return views.page(request, who, status, "recruiting/candidate", model);
    }

    private static String pageHref(String q, int page) {
        return "/candidates?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8)
                + "&page=" + page;
    }
}
