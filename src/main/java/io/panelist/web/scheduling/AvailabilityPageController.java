package io.panelist.web.scheduling;

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
import io.panelist.identity.IdentityService;
import io.panelist.scheduling.availability.AvailabilityResponse;
import io.panelist.scheduling.availability.AvailabilityService;
import io.panelist.shared.CurrentUser;
import io.panelist.shared.Viewer;
import io.panelist.shared.problem.ForbiddenException;
import io.panelist.shared.problem.NotFoundException;
import io.panelist.web.PageViews;
import io.panelist.web.session.CsrfTokens;
import io.swagger.v3.oas.annotations.Hidden;

import java.net.URI;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The availability form: {@code /me/availability} for everyone signed in, {@code /interviewers/{id}/availability}
 * for recruiters and administrators (the availability service decides who may, and whose exists). Plain form posts
 * carrying their CSRF token and version; adding or removing a row redraws the form, Save replaces the whole
 * availability at once.
 */
@Controller
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class AvailabilityPageController {
    private static final String NOT_FROM_A_PAGE = "This form did not come from a Panelist page. Reload the page and "
            + "try again.";
    private final AvailabilityService availability;
    private final IdentityService identity;
    private final AvailabilityForms forms;
    private final CsrfTokens csrf;
    private final PageViews views;

    AvailabilityPageController(AvailabilityService availability, IdentityService identity, AvailabilityForms forms,
                               CsrfTokens csrf, PageViews views) {
        this.availability = availability;
        this.identity = identity;
        this.forms = forms;
        this.csrf = csrf;
        this.views = views;
    }

    /** Who the page is about and where its form posts. */
    record AvailabilityPage(String action, String heading, boolean own, UUID personId, String person,
                            boolean defaultHours, boolean saved) {
    }

    @Get(value = "/me/availability", produces = MediaType.TEXT_HTML)
    HttpResponse<?> mine(HttpRequest<?> request, @QueryValue @Nullable String saved, Authentication who) {
        AvailabilityResponse stored = availability.myAvailability(CurrentUser.id(who));
        return page(request, who, HttpStatus.OK, own(who, stored.defaultHours(), saved != null),
                AvailabilityFormView.of(stored));
    }

    @Post(value = "/me/availability", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> saveMine(HttpRequest<?> request, @Body AvailabilityForm form, Authentication who) {
        requireToken(request, form.csrfToken());
        UUID me = CurrentUser.id(who);
        AvailabilityResponse stored = availability.myAvailability(me);
        return answer(request, who, own(who, false, false), form, stored,
                (version, body) -> availability.changeMyAvailability(me, version, body));
    }

    @Get(value = "/interviewers/{id}/availability", produces = MediaType.TEXT_HTML)
    HttpResponse<?> theirs(HttpRequest<?> request, UUID id, @QueryValue @Nullable String saved, Authentication who) {
        AvailabilityResponse stored = availability.availabilityOf(Viewer.of(who), id);
        return page(request, who, HttpStatus.OK, theirs(id, stored.defaultHours(), saved != null),
                AvailabilityFormView.of(stored));
    }

    @Post(value = "/interviewers/{id}/availability", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> saveTheirs(HttpRequest<?> request, UUID id, @Body AvailabilityForm form, Authentication who) {
        requireToken(request, form.csrfToken());
        Viewer viewer = Viewer.of(who);
        AvailabilityResponse stored = availability.availabilityOf(viewer, id);
        return answer(request, who, theirs(id, false, false), form, stored,
                (version, body) -> availability.changeAvailabilityOf(viewer, id, version, body));
    }

    private HttpResponse<?> answer(HttpRequest<?> request, Authentication who, AvailabilityPage page,
                                   AvailabilityForm form, AvailabilityResponse stored, AvailabilityForms.Saver saver) {
        if (form.edits()) {
            return page(request, who, HttpStatus.OK, page, forms.edit(form));
        }
        AvailabilityForms.Outcome outcome = forms.save(form, ZoneId.of(stored.timeZone()), saver);
        if (outcome.saved()) {
            return HttpResponse.seeOther(URI.create(page.action() + "?saved"));
        }
        return page(request, who, outcome.status(), page, outcome.form());
    }

    private HttpResponse<?> page(HttpRequest<?> request, Authentication who, HttpStatus status, AvailabilityPage page,
                                 AvailabilityFormView form) {
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("form", form);
        return views.page(request, who, status, "scheduling/availability", model);
    }

    private AvailabilityPage own(Authentication who, boolean defaultHours, boolean saved) {
        UUID me = CurrentUser.id(who);
        return new AvailabilityPage("/me/availability", "My availability", true, me,
                identity.me(me).displayName(), defaultHours, saved);
    }

    private AvailabilityPage theirs(UUID id, boolean defaultHours, boolean saved) {
        String name = identity.userSummary(id).orElseThrow(() -> new NotFoundException("User", id)).displayName();
        return new AvailabilityPage("/interviewers/" + id + "/availability", name + "’s availability", false, id,
                name, defaultHours, saved);
    }

    private void requireToken(HttpRequest<?> request, @Nullable String token) {
        if (!csrf.matches(request, token)) {
            throw new ForbiddenException(NOT_FROM_A_PAGE);
        }
    }
}
