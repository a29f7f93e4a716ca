package io.panelist.web.recruiting;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.panelist.scheduling.links.CreateSchedulingLinkRequest;
import io.panelist.scheduling.links.CreatedSchedulingLinkResponse;
import io.panelist.scheduling.links.SchedulingLinkService;
import io.panelist.shared.Viewer;
import io.panelist.shared.problem.FieldProblem;
import io.panelist.shared.problem.PanelistException;
import io.panelist.web.FormFields;
import io.swagger.v3.oas.annotations.Hidden;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Making and revoking self-scheduling links from an application's rounds page. A new link's URL is shown on the
 * page that answers the form (not after a redirect): it is shown once, and the recruiter copies it from there.
 */
@Controller
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class SchedulingLinkPageController {
    private final SchedulingLinkService links;
    private final RecruiterPages pages;
    private final RoundsPage rounds;

    SchedulingLinkPageController(SchedulingLinkService links, RecruiterPages pages, RoundsPage rounds) {
        this.links = links;
        this.pages = pages;
        this.rounds = rounds;
    }

    /** The revoke button's form. */
    @Serdeable
    record RevokeForm(String applicationId, String csrfToken) {
    }

    @Post(value = "/applications/{id}/scheduling-links", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> create(HttpRequest<?> request, Authentication who, UUID id, @Body LinkForm form) {
        Viewer viewer = pages.staff(who);
        pages.requireToken(request, form.csrfToken());
        ZoneId zone = pages.zoneOf(who);
        Map<String, String> problems = new LinkedHashMap<>();
        CreateSchedulingLinkRequest parsed = parse(form, zone, problems);
        if (parsed == null) {
            return rounds.render(request, who, HttpStatus.UNPROCESSABLE_ENTITY, id,
                    new RoundsPage.LinkState(form, problems, null));
        }
        try {
            CreatedSchedulingLinkResponse created = links.createLink(viewer, id, parsed);
            return rounds.render(request, who, HttpStatus.CREATED, id,
                    new RoundsPage.LinkState(null, Map.of(), created.url()));
        } catch (PanelistException e) {
            if (e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            e.fieldProblems().forEach(p -> problems.put(formField(p), p.message()));
            problems.putIfAbsent("form", e.getMessage());
            return rounds.render(request, who, e.status(), id, new RoundsPage.LinkState(form, problems, null));
        }
    }

    @Post(value = "/scheduling-links/{id}/revoke", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> revoke(HttpRequest<?> request, Authentication who, UUID id, @Body RevokeForm form) {
        Viewer viewer = pages.staff(who);
        pages.requireToken(request, form.csrfToken());
        links.revokeLink(viewer, id);
        return HttpResponse.seeOther(URI.create("/applications/" + FormFields.uuid(form.applicationId())
                + "/interviews#links"));
    }

    /** The request, or null with the problems of the fields that are not what they must be. */
    private static CreateSchedulingLinkRequest parse(LinkForm form, ZoneId zone, Map<String, String> problems) {
        UUID stage = FormFields.uuid(form.stageId());
        if (stage == null) {
            problems.put("stageId", "Choose a stage.");
        }
        OffsetDateTime from = startOf(form.from(), 0, zone, "from", problems);
        OffsetDateTime to = startOf(form.to(), 1, zone, "to", problems);
        OffsetDateTime expires = startOf(form.expires(), 1, zone, "expires", problems);
        Integer size = null;
        try {
            size = Integer.parseInt(form.text(form.panelSize()).trim());
        } catch (NumberFormatException e) {
            problems.put("panelSize", "Give a number from 1 to 8.");
        }
        if (size != null && (size < 1 || size > 8)) {
            problems.put("panelSize", "Give a number from 1 to 8.");
        }
        return problems.isEmpty() ? new CreateSchedulingLinkRequest(stage, from, to, size, expires,
                form.text(form.location()).isBlank() ? null : form.location().trim()) : null;
    }

    /** The start of the day {@code days} after the date typed, in the recruiter's zone (the day's end for 1). */
    private static OffsetDateTime startOf(String date, int days, ZoneId zone, String field,
                                          Map<String, String> problems) {
        try {
            return LocalDate.parse(date == null ? "" : date.trim()).plusDays(days).atStartOfDay(zone)
                    .toOffsetDateTime();
        } catch (DateTimeParseException e) {
            problems.put(field, "Give a date.");
            return null;
        }
    }

    private static String formField(FieldProblem problem) {
        return "expiresAt".equals(problem.field()) ? "expires" : problem.field();
    }
}
