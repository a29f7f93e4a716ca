package io.panelist.web.scheduling;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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
import io.panelist.identity.IdentityService;
import io.panelist.identity.Role;
import io.panelist.identity.UserSummary;
import io.panelist.scheduling.InterviewResponse;
import io.panelist.scheduling.SchedulingService;
import io.panelist.shared.problem.InvalidInputException;
import io.panelist.shared.problem.NotFoundException;
import io.panelist.shared.Viewer;
import io.panelist.web.PageViews;
import io.panelist.web.recruiting.RecruiterPages;
import io.swagger.v3.oas.annotations.Hidden;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /interviewers/{id}/week?from=YYYY-MM-DD}: seven days of one person's interviews from that day (by default
 * this week's Monday), in the reader's time zone. Recruiters and administrators see anyone's; others only their own
 * (the scheduling service decides).
 */
@Controller("/interviewers/{id}/week")
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class InterviewerWeekPageController {
    private final SchedulingService scheduling;
    private final IdentityService identity;
    private final RecruiterPages pages;
    private final PageViews views;
    private final Clock clock;

    InterviewerWeekPageController(SchedulingService scheduling, IdentityService identity, RecruiterPages pages,
                              PageViews views, Clock clock) {
        this.scheduling = scheduling;
        this.identity = identity;
        this.pages = pages;
        this.views = views;
        this.clock = clock;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> week(HttpRequest<?> request, Authentication who, UUID id, @QueryValue @Nullable String from) {
        Viewer viewer = Viewer.of(who);
        ZoneId zone = pages.zoneOf(who);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate start = from == null || from.isBlank()
                ? today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : parse(from);
        List<InterviewResponse> interviews = scheduling.interviewsOf(viewer, id, start.atStartOfDay(zone).toInstant(),
                start.plusDays(7).atStartOfDay(zone).toInstant());
        UserSummary person = identity.userSummary(id).orElseThrow(() -> new NotFoundException("User", id));
        boolean staff = viewer.hasAny(Role.ADMIN.name(), Role.RECRUITER.name());
        return views.page(request, who, "scheduling/week", Map.of("week", WeekView.of(person, start, today, zone,
                interviews, staff), "staff", staff, "availability", availabilityLink(person, viewer, staff)));
    }

    /** Where the person's availability is edited from here: empty when the reader may not edit it. */
    private static String availabilityLink(UserSummary person, Viewer viewer, boolean staff) {
        if (staff && (person.roles().contains(Role.INTERVIEWER) || person.roles().contains(Role.HIRING_MANAGER))) {
            return "/interviewers/" + person.id() + "/availability";
        }
        return person.id().equals(viewer.id()) ? "/me/availability" : "";
    }

    private static LocalDate parse(String text) {
        try {
            LocalDate date = LocalDate.parse(text.trim());
            if (date.getYear() < 1970 || date.getYear() > 9000) {
                throw InvalidInputException.badField("from", "must be a date between 1970 and 9000");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw InvalidInputException.badField("from", "must be a date such as 2026-11-23");
        }
    }
}
