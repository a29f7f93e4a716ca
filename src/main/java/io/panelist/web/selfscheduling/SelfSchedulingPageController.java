package io.panelist.web.selfscheduling;

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
import io.micronaut.security.rules.SecurityRule;
import io.panelist.scheduling.links.BookSlotRequest;
import io.panelist.scheduling.links.PublicSchedulingView;
import io.panelist.scheduling.links.SelfScheduling;
import io.panelist.shared.TimeZones;
import io.panelist.shared.problem.InvalidInputException;
import io.panelist.shared.problem.PanelistException;
import io.panelist.web.PageViews;
import io.swagger.v3.oas.annotations.Hidden;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The candidate's page: no sign-in, the link's token is the key, so its forms need no CSRF token (a forger would
 * need the token itself). Each slot is a submit button, so booking is one click, with or without the script; the
 * page then confirms and offers to move or cancel. Refusals (taken meanwhile, never offered) show on the page.
 */
@Controller("/schedule/{token}")
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class SelfSchedulingPageController {
    private static final Set<String> DONE = Set.of("booked", "moved", "cancelled");
    private final SelfScheduling scheduling;
    private final PageViews views;

    SelfSchedulingPageController(SelfScheduling scheduling, PageViews views) {
        this.scheduling = scheduling;
        this.views = views;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> page(HttpRequest<?> request, String token, @QueryValue @Nullable String done) {
        return render(request, token, HttpStatus.OK, done != null && DONE.contains(done) ? done : null, null);
    }

    @Post(value = "/book", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> book(HttpRequest<?> request, String token, @Body SlotChoiceForm form) {
        return act(request, token, "booked", () -> scheduling.book(token, choice(form)));
    }

    @Post(value = "/move", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> move(HttpRequest<?> request, String token, @Body SlotChoiceForm form) {
        return act(request, token, "moved", () -> scheduling.move(token, choice(form)));
    }

    @Post(value = "/cancel", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> cancel(HttpRequest<?> request, String token) {
        return act(request, token, "cancelled", () -> scheduling.cancel(token));
    }

    private HttpResponse<?> act(HttpRequest<?> request, String token, String done, Runnable action) {
        try {
            action.run();
            return HttpResponse.seeOther(URI.create("/schedule/" + token + "?done=" + done));
        } catch (PanelistException e) {
            boolean shown = e.status() == HttpStatus.CONFLICT || e.status() == HttpStatus.UNPROCESSABLE_ENTITY
                    || e.status() == HttpStatus.BAD_REQUEST;
            if (!shown) {
                throw e;
            }
            return render(request, token, e.status(), null, e.getMessage());
        }
    }

    private HttpResponse<?> render(HttpRequest<?> request, String token, HttpStatus status, @Nullable String done,
                                   @Nullable String error) {
        PublicSchedulingView view = scheduling.view(token);
        Map<String, Object> model = new HashMap<>();
        model.put("token", token);
        model.put("view", view);
        model.put("days", SlotDays.of(view.slots()));
        model.put("booking", view.booking());
        model.put("bookedWhen", view.booking() == null ? null
                : SlotDays.when(view.booking().startsAt(), view.booking().endsAt()));
        model.put("expires", SlotDays.DAY.format(view.expiresAt()));
        model.put("done", done);
        model.put("error", error);
        return views.page(request, null, status, "selfscheduling/schedule", model);
    }

    private static BookSlotRequest choice(SlotChoiceForm form) {
        try {
            OffsetDateTime startsAt = OffsetDateTime.parse(form.startsAt() == null ? "" : form.startsAt());
            return new BookSlotRequest(startsAt, TimeZones.isIana(form.timeZone()) ? form.timeZone() : null);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.badField("startsAt", "choose one of the times shown");
        }
    }
}
