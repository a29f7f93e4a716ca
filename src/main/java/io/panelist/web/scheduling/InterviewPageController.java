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
import io.panelist.scheduling.LoadLimitOverride;
import io.panelist.scheduling.RescheduleInterviewRequest;
import io.panelist.scheduling.SchedulingService;
import io.panelist.shared.problem.PanelistException;
import io.panelist.shared.Viewer;
import io.panelist.web.FormFields;
import io.panelist.web.PageViews;
import io.panelist.web.Pages;
import io.panelist.web.recruiting.InterviewSummary;
import io.panelist.web.recruiting.RecruiterPages;
import io.panelist.web.recruiting.TimeWording;
import io.swagger.v3.oas.annotations.Hidden;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /interviews/{id}}: the recruiter's interview page (details, panel, status, the invite) with a reschedule form
 * that follows the scheduling form's rules, "Save anyway" past a load limit included. Cancelling has its own confirmation page
 * ({@link InterviewCancelPageController}).
 * The scoring page, {@code /interviews/{id}/scorecard}, is the panel's.
 */
@Controller("/interviews/{id}")
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class InterviewPageController {
    static final String TARGET = "#interview-body";
    private final SchedulingService scheduling;
    private final SlotForms forms;
    private final RecruiterPages pages;
    private final PageViews views;

    InterviewPageController(SchedulingService scheduling, SlotForms forms, RecruiterPages pages, PageViews views) {
        this.scheduling = scheduling;
        this.forms = forms;
        this.views = views;
        this.pages = pages;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> page(HttpRequest<?> request, Authentication who, UUID id) {
        pages.staff(who);
        InterviewResponse interview = scheduling.getInterview(Viewer.of(who), id);
        return answer(request, who, interview, valuesOf(interview), SlotRefusal.NONE, null, null);
    }

    @Post(value = "/reschedule", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> reschedule(HttpRequest<?> request, Authentication who, UUID id, @Body SlotForm form) {
        Viewer viewer = pages.staff(who);
        pages.requireToken(request, form.csrfToken());
        InterviewResponse current = scheduling.getInterview(viewer, id);
        Map<String, String> errors = new LinkedHashMap<>();
        SlotForms.Slot slot = forms.parse(form, errors);
        LoadLimitOverride override = forms.override(form, errors);
        RescheduleInterviewRequest move = slot == null ? null : new RescheduleInterviewRequest(slot.startsAt(),
                slot.endsAt(), slot.timeZone(), form.text(form.location()).trim(), slot.panel(), null, override);
        if (move != null) {
            errors.putAll(forms.violations(move));
        }
        // "Save anyway" without a usable reason moves without the override: refused while a limit still stands
        String reasonProblem = errors.remove(SlotForms.REASON);
        if (!errors.isEmpty()) {
            return answer(request, who, current, form, SlotRefusal.fields(HttpStatus.UNPROCESSABLE_ENTITY, errors,
                    "Nothing was changed: check the fields marked below.").withReasonProblem(reasonProblem), null,
                    form.csrfToken());
        }
        try {
            InterviewResponse moved = scheduling.rescheduleInterview(viewer, id, FormFields.version(form.version()), move);
            return answer(request, who, moved, valuesOf(moved), SlotRefusal.NONE, (override == null ? "Saved."
                    : "Saved past the load limit; the reason is kept in the audit log.")
                    + " The panel's invites now carry revision " + moved.sequence()
                    + ": download the invite again to update calendars.", form.csrfToken());
        } catch (PanelistException e) {
            if (e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            SlotRefusal refusal = SlotRefusal.of(e, ZoneId.of(slot.timeZone()), true).withReasonProblem(reasonProblem);
            return answer(request, who, scheduling.getInterview(viewer, id), form, refusal, null, form.csrfToken());
        }
    }

    private HttpResponse<?> answer(HttpRequest<?> request, Authentication who, InterviewResponse interview,
                                   SlotForm values, SlotRefusal refusal, @Nullable String notice,
                                   @Nullable String csrfToken) {
        Map<String, Object> model = new HashMap<>();
        model.put("interview", InterviewSummary.of(interview, pages.zoneOf(who)));
        model.put("version", interview.version());
        model.put("notice", notice);
        model.put("form", forms.view("/interviews/" + interview.id() + "/reschedule", TARGET, "Save the new time",
                true, List.of(), values, refusal));
        HttpStatus status = refusal.status();
        if (Pages.isFragmentRequest(request)) {
            model.put("csrfToken", csrfToken);
            return PageViews.fragment("scheduling/fragments/interview-body", model).status(status);
        }
        return views.page(request, who, status, "scheduling/interview", model);
    }

    /** The form as the interview stands: its day and times in its own time zone, its panel. */
    private static SlotForm valuesOf(InterviewResponse interview) {
        ZoneId zone = ZoneId.of(interview.timeZone());
        return new SlotForm(interview.stageId().toString(), TimeWording.date(interview.startsAt(), zone),
                TimeWording.time(interview.startsAt(), zone), interview.timeZone(),
                String.valueOf(java.time.Duration.between(interview.startsAt(), interview.endsAt()).toMinutes()),
                interview.location(), interview.panelists().stream().map(p -> p.id().toString()).toList(),
                String.valueOf(interview.version()));
    }
}
