package io.panelist.web.scheduling;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.panelist.recruiting.ApplicationService;
import io.panelist.shared.Viewer;
import io.panelist.web.PageViews;
import io.panelist.web.recruiting.RecruiterPages;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /applications/{id}/schedule/panel}: while the recruiter picks the panel and the time on the scheduling form,
 * htmx asks here whether each panelist is free then (working hours, time away, other interviews, load limits) and
 * swaps the answer in below the panel, before anything is booked. For recruiters and administrators, as the page is;
 * what was typed wrong comes back as a 400 piece naming it.
 */
@Controller("/applications/{id}/schedule/panel")
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class PanelCheckPageController {
    private final ApplicationService applications;
    private final PanelChecks checks;
    private final RecruiterPages pages;

    PanelCheckPageController(ApplicationService applications, PanelChecks checks, RecruiterPages pages) {
        this.applications = applications;
        this.checks = checks;
        this.pages = pages;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> check(Authentication who, UUID id, @QueryValue @Nullable String date,
                          @QueryValue @Nullable String time, @QueryValue @Nullable String timeZone,
                          @QueryValue @Nullable String minutes, @QueryValue @Nullable List<String> panelistIds) {
        Viewer viewer = pages.staff(who);
        applications.getApplication(viewer, id);
        PanelChecks.Answer answer = checks.check(viewer, id, new SlotForm(null, date, time, timeZone, minutes, null,
                panelistIds == null ? List.of() : panelistIds, null));
        return PageViews.fragment("scheduling/fragments/panel-check", Map.of("check", answer.view()))
                .status(answer.status());
    }
}
