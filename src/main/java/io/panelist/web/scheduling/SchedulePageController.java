package io.panelist.web.scheduling;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.panelist.plans.PlanResponse;
import io.panelist.plans.PlanService;
import io.panelist.recruiting.ApplicationResponse;
import io.panelist.recruiting.ApplicationService;
import io.panelist.recruiting.ApplicationStatus;
import io.panelist.scheduling.InterviewResponse;
import io.panelist.scheduling.InterviewStatus;
import io.panelist.scheduling.LoadLimitOverride;
import io.panelist.scheduling.ScheduleInterviewRequest;
import io.panelist.scheduling.SchedulingService;
import io.panelist.shared.problem.PanelistException;
import io.panelist.shared.Viewer;
import io.panelist.web.FormFields;
import io.panelist.web.PageViews;
import io.panelist.web.Pages;
import io.panelist.web.recruiting.ApplicationRow;
import io.panelist.web.recruiting.InterviewSummary;
import io.panelist.web.recruiting.RecruiterPages;
import io.swagger.v3.oas.annotations.Hidden;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /applications/{id}/schedule}: books a round of the application's pinned plan, at a time find-times suggests
 * (the "Find a time" card, its query in the page's query string) or one typed in. A double booking comes back on the
 * form (who is busy, when), with everything typed kept; so does a booking past a panelist's load limit (who is at which
 * limit), with "Book anyway", which books it with the reason typed (audited). A booking shows the interview, its load
 * warnings and its invite, the rounds so far with it, and the forms again for the next round (fresh suggestions).
 * Posted by htmx (the form's area is swapped, the rounds beside it out of band) or as a plain form (the whole page).
 */
@Controller("/applications/{id}/schedule")
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class SchedulePageController {
    static final String TARGET = "#schedule-area";
    private final ApplicationService applications;
    private final PlanService plans;
    private final SchedulingService scheduling;
    private final SlotForms forms;
    private final SuggestionFinder finder;
    private final RecruiterPages pages;
    private final PageViews views;
    private final Clock clock;

    SchedulePageController(ApplicationService applications, PlanService plans, SchedulingService scheduling,
                            SlotForms forms, SuggestionFinder finder, RecruiterPages pages, PageViews views,
                            Clock clock) {
        this.applications = applications;
        this.plans = plans;
        this.scheduling = scheduling;
        this.forms = forms;
        this.finder = finder;
        this.pages = pages;
        this.views = views;
        this.clock = clock;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> form(HttpRequest<?> request, Authentication who, UUID id, @QueryValue @Nullable String stageId,
                         @QueryValue @Nullable String from, @QueryValue @Nullable String to,
                         @QueryValue @Nullable String panelSize) {
        Viewer viewer = pages.staff(who);
        ApplicationResponse application = applications.getApplication(viewer, id);
        ZoneId zone = pages.zoneOf(who);
        List<PlanResponse.Stage> stages = stages(application);
        List<InterviewResponse> rounds = scheduling.interviewsOfApplication(viewer, id);
        NextRound next = nextRound(application, stages, rounds, zone, new FinderValues(stageId, from, to, panelSize));
        return page(request, who, application, rounds, zone, next.form(), next.finder(), null, HttpStatus.OK);
    }

    /** The forms for the next round: its stage the first one not yet held or booked, a week from tomorrow. */
    private record NextRound(SlotFormView form, FinderView finder) {
    }

    private NextRound nextRound(ApplicationResponse application, List<PlanResponse.Stage> stages,
                                List<InterviewResponse> rounds, ZoneId zone, FinderValues asked) {
        PlanResponse.Stage next = stages.stream().filter(stage -> rounds.stream().noneMatch(round ->
                round.stageId().equals(stage.id()) && round.status() != InterviewStatus.CANCELLED
                        && round.status() != InterviewStatus.NO_SHOW)).findFirst()
                .orElse(stages.isEmpty() ? null : stages.get(0));
        LocalDate tomorrow = LocalDate.now(clock.withZone(zone)).plusDays(1);
        SlotForm values = new SlotForm(next == null ? "" : next.id().toString(), tomorrow.toString(), "",
                zone.getId(), next == null ? "60" : String.valueOf(next.minutes()), "", List.of(), null);
        return new NextRound(view(application.id(), stages, values, SlotRefusal.NONE), finder(application, stages,
                asked.orElse(FinderValues.weekFrom(values.stageId(), tomorrow)), zone));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> book(HttpRequest<?> request, Authentication who, UUID id, @Body SlotForm form) {
        Viewer viewer = pages.staff(who);
        pages.requireToken(request, form.csrfToken());
        ApplicationResponse application = applications.getApplication(viewer, id);
        List<PlanResponse.Stage> stages = stages(application);
        Map<String, String> errors = new LinkedHashMap<>();
        UUID stageId = FormFields.uuid(form.stageId());
        if (stageId == null || stages.stream().noneMatch(stage -> stage.id().equals(stageId))) {
            errors.put("stageId", "Choose a stage of this application's plan.");
        }
        SlotForms.Slot slot = forms.parse(form, errors);
        LoadLimitOverride override = forms.override(form, errors);
        ScheduleInterviewRequest booking = slot == null || stageId == null ? null : new ScheduleInterviewRequest(
                id, stageId, slot.startsAt(), slot.endsAt(), slot.timeZone(), form.text(form.location()).trim(),
                slot.panel(), null, override);
        if (booking != null) {
            errors.putAll(forms.violations(booking));
        }
        // "Book anyway" without a usable reason books without the override: refused while a limit still stands
        String reasonProblem = errors.remove(SlotForms.REASON);
        if (!errors.isEmpty()) {
            return refused(request, who, application, stages, form, SlotRefusal.fields(
                    HttpStatus.UNPROCESSABLE_ENTITY, errors, "Nothing was booked: check the fields marked below.")
                    .withReasonProblem(reasonProblem));
        }
        try {
            InterviewSummary booked = InterviewSummary.of(scheduling.scheduleInterview(viewer, booking),
                    pages.zoneOf(who));
            String reason = override == null ? null : override.reason();
            ZoneId zone = pages.zoneOf(who);
            List<InterviewResponse> rounds = scheduling.interviewsOfApplication(viewer, id);
            NextRound next = nextRound(application, stages, rounds, zone, FinderValues.NONE);
            if (Pages.isFragmentRequest(request)) {
                // the area shows the booking and the forms for the next round; the rounds beside it swap out of band
                Map<String, Object> model = new HashMap<>();
                model.put("booked", booked);
                model.put("overrideReason", reason);
                model.put("form", next.form());
                model.put("finder", next.finder());
                model.put("csrfToken", form.csrfToken());
                model.put("rounds", summaries(rounds, zone));
                return PageViews.fragment("scheduling/fragments/booked-area", model);
            }
            return page(request, who, application, rounds, zone, next.form(), next.finder(),
                    new Booked(booked, reason), HttpStatus.OK);
        } catch (PanelistException e) {
            if (e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            ZoneId shown = ZoneId.of(slot.timeZone());
            return refused(request, who, application, stages, form, SlotRefusal.of(e, shown, false)
                    .withReasonProblem(reasonProblem));
        }
    }

    /** An interview just booked, and the reason it went past a load limit (null when it did not need to). */
    private record Booked(InterviewSummary interview, @Nullable String overrideReason) {
    }

    private HttpResponse<?> refused(HttpRequest<?> request, Authentication who, ApplicationResponse application,
                                    List<PlanResponse.Stage> stages, SlotForm form, SlotRefusal refusal) {
        SlotFormView view = view(application.id(), stages, form, refusal);
        ZoneId zone = pages.zoneOf(who);
        FinderView found = finder(application, stages, FinderValues.around(form,
                LocalDate.now(clock.withZone(zone)).plusDays(1)), zone);
        if (Pages.isFragmentRequest(request)) {
            Map<String, Object> model = new HashMap<>();
            model.put("form", view);
            model.put("finder", found);
            model.put("csrfToken", form.csrfToken());
            return PageViews.fragment("scheduling/fragments/schedule-forms", model).status(refusal.status());
        }
        return page(request, who, application, scheduling.interviewsOfApplication(Viewer.of(who), application.id()),
                zone, view, found, null, refusal.status());
    }

    private SlotFormView view(UUID applicationId, List<PlanResponse.Stage> stages, SlotForm values,
                              SlotRefusal refusal) {
        List<SlotFormView.StageOption> options = stages.stream().map(stage -> new SlotFormView.StageOption(
                stage.id().toString(), stage.name() + " (" + stage.minutes() + " min)", stage.minutes(),
                stage.id().toString().equals(values.stageId()))).toList();
        return forms.view("/applications/" + applicationId + "/schedule", TARGET, "Book the interview", false,
                options, values, refusal);
    }

    /** The "Find a time" card, for an open application with stages to find times for. */
    private FinderView finder(ApplicationResponse application, List<PlanResponse.Stage> stages, FinderValues asked,
                              ZoneId zone) {
        boolean open = application.status() == ApplicationStatus.ACTIVE && !stages.isEmpty();
        return open ? finder.find(application.id(), stages, asked, zone) : null;
    }

    private HttpResponse<?> page(HttpRequest<?> request, Authentication who, ApplicationResponse application,
                                 List<InterviewResponse> rounds, ZoneId zone, SlotFormView form, FinderView found,
                                 @Nullable Booked booked, HttpStatus status) {
        Map<String, Object> model = new HashMap<>();
        model.put("finder", found);
        model.put("application", ApplicationRow.of(application, zone));
        model.put("rounds", summaries(rounds, zone));
        model.put("form", form);
        model.put("booked", booked == null ? null : booked.interview());
        model.put("overrideReason", booked == null ? null : booked.overrideReason());
        model.put("closed", application.status() != ApplicationStatus.ACTIVE);
        return views.page(request, who, status, "scheduling/schedule", model);
    }

    private static List<InterviewSummary> summaries(List<InterviewResponse> rounds, ZoneId zone) {
        return rounds.stream().map(round -> InterviewSummary.of(round, zone)).toList();
    }

    private List<PlanResponse.Stage> stages(ApplicationResponse application) {
        return plans.kit(application.planId()).map(PlanResponse::stages).orElse(List.of());
    }
}
