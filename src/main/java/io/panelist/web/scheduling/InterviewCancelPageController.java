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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.panelist.scheduling.InterviewResponse;
import io.panelist.scheduling.SchedulingService;
import io.panelist.scheduling.StatusChangeRequest;
import io.panelist.shared.problem.PanelistException;
import io.panelist.shared.problem.StaleVersionException;
import io.panelist.shared.Viewer;
import io.panelist.web.FormFields;
import io.panelist.web.PageViews;
import io.panelist.web.recruiting.InterviewSummary;
import io.panelist.web.recruiting.RecruiterPages;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Validator;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** {@code /interviews/{id}/cancel}: a confirmation page that names the interview and asks why; then the cancel. */
@Controller("/interviews/{id}/cancel")
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class InterviewCancelPageController {
    private final SchedulingService scheduling;
    private final RecruiterPages pages;
    private final PageViews views;
    private final Validator validator;

    InterviewCancelPageController(SchedulingService scheduling, RecruiterPages pages, PageViews views,
                              Validator validator) {
        this.scheduling = scheduling;
        this.pages = pages;
        this.views = views;
        this.validator = validator;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> confirm(HttpRequest<?> request, Authentication who, UUID id) {
        pages.staff(who);
        InterviewResponse interview = scheduling.getInterview(Viewer.of(who), id);
        return page(request, who, interview, "", String.valueOf(interview.version()), null, HttpStatus.OK);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> cancel(HttpRequest<?> request, Authentication who, UUID id, @Body CancelForm form) {
        Viewer viewer = pages.staff(who);
        pages.requireToken(request, form.csrfToken());
        InterviewResponse interview = scheduling.getInterview(viewer, id);
        String reason = form.reason() == null ? "" : form.reason();
        if (!validator.validate(new StatusChangeRequest(reason)).isEmpty()) {
            return page(request, who, interview, reason, form.version(),
                    "Nothing was cancelled: say why, in at most 2000 characters. The panel sees the reason.",
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        try {
            scheduling.cancelInterview(viewer, id, FormFields.version(form.version()), reason);
            return HttpResponse.seeOther(URI.create("/interviews/" + id));
        } catch (PanelistException e) {
            if (e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            InterviewResponse now = scheduling.getInterview(viewer, id);
            String message = e instanceof StaleVersionException
                    ? "Someone changed this interview after you opened this page, so it was not cancelled. Check "
                    + "the details below (they are current now) and confirm again." : "Nothing was cancelled: "
                    + e.getMessage();
            return page(request, who, now, reason, String.valueOf(now.version()), message, e.status());
        }
    }

    private HttpResponse<?> page(HttpRequest<?> request, Authentication who, InterviewResponse interview,
                                 String reason, @Nullable String version, @Nullable String message,
                                 HttpStatus status) {
        Map<String, Object> model = new HashMap<>();
        model.put("interview", InterviewSummary.of(interview, pages.zoneOf(who)));
        model.put("reason", reason);
        model.put("version", version);
        model.put("message", message);
        return views.page(request, who, status, "scheduling/cancel", model);
    }
}
