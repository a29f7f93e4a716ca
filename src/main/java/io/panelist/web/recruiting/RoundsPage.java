package io.panelist.web.recruiting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import io.panelist.plans.PlanResponse;
import io.panelist.plans.PlanService;
import io.panelist.recruiting.ApplicationResponse;
import io.panelist.recruiting.ApplicationService;
import io.panelist.scheduling.SchedulingService;
import io.panelist.scheduling.links.SchedulingLinkService;
import io.panelist.shared.Viewer;
import io.panelist.web.PageViews;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An application's rounds page, {@code /applications/{id}/interviews}: the rounds booked, the self-scheduling links
 * with the form that makes one, and, right after making one, its URL (shown this once).
 */
@Singleton
class RoundsPage {
    private final ApplicationService applications;
    private final SchedulingService scheduling;
    private final SchedulingLinkService links;
    private final PlanService plans;
    private final RecruiterPages pages;
    private final PageViews views;

    RoundsPage(ApplicationService applications, SchedulingService scheduling, SchedulingLinkService links,
               PlanService plans, RecruiterPages pages, PageViews views) {
        this.applications = applications;
        this.scheduling = scheduling;
        this.links = links;
        this.plans = plans;
        this.pages = pages;
        this.views = views;
    }

    /** What the link section says besides the list: the form as posted, its problems, a new link's URL. */
    record LinkState(@Nullable LinkForm form, Map<String, String> problems, @Nullable String createdUrl) {
        static LinkState fresh() {
            return new LinkState(null, Map.of(), null);
        }
    }

    HttpResponse<?> render(HttpRequest<?> request, Authentication who, HttpStatus status, UUID applicationId,
                           LinkState state) {
        Viewer viewer = pages.staff(who);
        ApplicationResponse application = applications.getApplication(viewer, applicationId);
        ZoneId zone = pages.zoneOf(who);
        List<PlanResponse.Stage> stages = plans.kit(application.planId()).map(PlanResponse::stages)
                .orElse(List.of());
        Map<String, Object> model = new HashMap<>();
        model.put("application", ApplicationRow.of(application, zone));
        model.put("interviews", scheduling.interviewsOfApplication(viewer, applicationId).stream()
                .map(i -> InterviewSummary.of(i, zone)).toList());
        model.put("zone", zone.getId());
        model.put("links", links.linksOf(viewer, applicationId).stream().map(l -> LinkRow.of(l, zone)).toList());
        model.put("linkStages", stages);
        model.put("linkForm", state.form() != null ? state.form() : LinkForm.defaults(
                stages.isEmpty() ? null : stages.get(0).id(), LocalDate.now(zone)));
        model.put("linkProblems", state.problems());
        model.put("createdUrl", state.createdUrl());
        return views.page(request, who, status, "recruiting/application-interviews", model);
    }
}
