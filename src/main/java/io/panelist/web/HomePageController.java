package io.panelist.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.panelist.identity.Role;
import io.panelist.recruiting.positions.PositionService;
import io.panelist.scheduling.SchedulingService;
import io.panelist.scoring.review.ScorecardReviewService;
import io.panelist.shared.Paging;
import io.panelist.shared.Viewer;
import io.panelist.web.session.SessionCookies;
import io.swagger.v3.oas.annotations.Hidden;

import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /}: the sign-in form when signed out, else the home of the user's roles. Everyone sees their own agenda
 * (today and the next 7 days); hiring managers their positions; recruiters and admins the overdue scorecards.
 */
@Controller
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class HomePageController {
    private static final Paging FIRST_PAGE = Paging.of(0, 50);
    private final SchedulingService scheduling;
    private final PositionService positions;
    private final ScorecardReviewService reviews;
    private final PageViews views;
    private final SessionCookies cookies;
    private final Clock clock;

    HomePageController(SchedulingService scheduling, PositionService positions, ScorecardReviewService reviews,
                   PageViews views, SessionCookies cookies, Clock clock) {
        this.scheduling = scheduling;
        this.positions = positions;
        this.reviews = reviews;
        this.views = views;
        this.cookies = cookies;
        this.clock = clock;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> home(HttpRequest<?> request, @Nullable Authentication who) {
        if (who == null && cookies.refreshToken(request).isPresent()) {
            return HttpResponse.seeOther(URI.create("/session/renew?next=" + Pages.encode(Pages.pathAndQuery(request))));
        }
        if (who == null) {
            Map<String, Object> model = new HashMap<>();
            model.put("next", "/");
            model.put("email", "");
            model.put("message", null);
            model.put("signedOut", false);
            return views.page(request, null, HttpStatus.OK, "session/signin", model);
        }
        Viewer viewer = Viewer.of(who);
        Map<String, Object> model = new HashMap<>();
        model.put("agenda", AgendaView.of(scheduling.agenda(viewer, null, null), clock));
        model.put("interviewer", viewer.has(Role.INTERVIEWER.name()));
        boolean manager = viewer.has(Role.HIRING_MANAGER.name());
        model.put("positions", manager ? positions.listPositions(viewer, null, null, FIRST_PAGE).items() : List.of());
        model.put("manager", manager);
        boolean staff = viewer.hasAny(Role.RECRUITER.name(), Role.ADMIN.name());
        model.put("overdue", staff ? reviews.overdue(FIRST_PAGE).items() : List.of());
        model.put("staff", staff);
        model.put("admin", viewer.has(Role.ADMIN.name()));
        return views.page(request, who, "home", model);
    }

    /** The agenda alone, which the home page reloads every minute; opened directly, it goes to the home page. */
    @Get(value = "/agenda", produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> agenda(HttpRequest<?> request, Authentication who) {
        if (!Pages.isFragmentRequest(request)) {
            return HttpResponse.seeOther(URI.create("/"));
        }
        return PageViews.fragment("fragments/agenda",
                Map.of("agenda", AgendaView.of(scheduling.agenda(Viewer.of(who), null, null), clock)));
    }
}
