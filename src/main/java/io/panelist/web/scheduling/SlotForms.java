package io.panelist.web.scheduling;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.panelist.identity.IdentityService;
import io.panelist.identity.Role;
import io.panelist.identity.UserResponse;
import io.panelist.identity.UserSummary;
import io.panelist.scheduling.InterviewConflictException;
import io.panelist.shared.problem.FieldProblem;
import io.panelist.shared.problem.InvalidInputException;
import io.panelist.shared.Paging;
import io.panelist.shared.problem.PanelistException;
import io.panelist.shared.problem.StaleVersionException;
import io.panelist.shared.TimeZones;
import io.panelist.web.FormFields;
import io.panelist.web.recruiting.TimeWording;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The scheduling form's side of things: the people who can sit on a panel, reading the typed day, time and zone as an
 * instant, and telling a refusal (a double booking, a rule of the service) in plain words next to its field.
 */
@Singleton
class SlotForms {
    static final String CONFLICT_MESSAGE = "Double booking: nothing was booked. Pick another time or change the panel;"
            + " everything you entered is kept.";
    private final IdentityService identity;
    private final Validator validator;

    SlotForms(IdentityService identity, Validator validator) {
        this.identity = identity;
        this.validator = validator;
    }

    /** The typed slot as instants, or null with the problems in {@code errors}. */
    record Slot(OffsetDateTime startsAt, OffsetDateTime endsAt, String timeZone, List<UUID> panel) {
    }

    /** What a refused write shows: its status, the problems by field, a message on top, who is busy. */
    record Refusal(HttpStatus status, Map<String, String> errors, @Nullable String message,
                   List<SlotFormView.Busy> busy, Set<String> busyIds) {
    }

    SlotFormView view(String action, String target, String label, boolean reschedule,
                      List<SlotFormView.StageOption> stages, SlotForm values, Map<String, String> errors,
                      @Nullable String message, List<SlotFormView.Busy> busy, Set<String> busyIds) {
        return new SlotFormView(action, target, label, reschedule, stages, panel(values, busyIds), TimeWording.ZONES, values,
                errors, message, busy);
    }

    Slot parse(SlotForm form, Map<String, String> errors) {
        String zone = form.text(form.timeZone()).trim();
        if (!TimeZones.isIana(zone)) {
            errors.put("timeZone", "Choose a time zone from the list.");
        }
        LocalDate date = parse(() -> LocalDate.parse(form.text(form.date()).trim()), errors, "date",
                "Enter the day as a date (YYYY-MM-DD).");
        LocalTime time = parse(() -> LocalTime.parse(form.text(form.time()).trim()), errors, "time",
                "Enter the start time as hours and minutes (HH:MM).");
        Integer minutes = parse(() -> Integer.parseInt(form.text(form.minutes()).trim()), errors, "minutes",
                "Enter the length in whole minutes.");
        List<UUID> panel = new ArrayList<>();
        for (String id : form.panelistIds()) {
            UUID user = FormFields.uuid(id);
            if (user == null) {
                errors.put("panelistIds", "Choose the panel from the list.");
            } else {
                panel.add(user);
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        OffsetDateTime start = ZonedDateTime.of(date, time, ZoneId.of(zone)).toOffsetDateTime();
        return new Slot(start, start.plusMinutes(minutes), zone, panel);
    }

    /** The API's constraints on the request (panel size, location length), in plain words. */
    Map<String, String> violations(Object request) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<Object> violation : validator.validate(request)) {
            String field = violation.getPropertyPath().toString();
            if (field.startsWith("panelistIds")) {
                errors.putIfAbsent("panelistIds", "Choose at least one panelist, and at most 10.");
            } else if (field.equals("location")) {
                errors.putIfAbsent("location", "The location or link is at most 500 characters.");
            } else {
                errors.putIfAbsent("general", "Check " + field + ": " + violation.getMessage() + ".");
            }
        }
        return errors;
    }

    /** A refusal of the scheduling service, told on the form; times of a double booking in {@code zone}. */
    Refusal refusal(PanelistException e, ZoneId zone) {
        if (e instanceof InterviewConflictException conflict) {
            List<SlotFormView.Busy> busy = conflict.busy().stream().map(b -> new SlotFormView.Busy(
                    b.userId() == null ? "The candidate" : b.who(),
                    TimeWording.range(b.startsAt(), b.endsAt(), zone) + " (" + zone.getId() + ")",
                    "/interviews/" + b.interviewId(),
                    b.userId() == null ? null
                            : weekHref(b.userId().toString(), b.startsAt().atZone(zone).toLocalDate())))
                    .toList();
            Set<String> ids = conflict.busy().stream().filter(b -> b.userId() != null)
                    .map(b -> b.userId().toString()).collect(Collectors.toSet());
            return new Refusal(HttpStatus.CONFLICT, Map.of(), CONFLICT_MESSAGE, busy, ids);
        }
        if (e instanceof StaleVersionException) {
            return new Refusal(e.status(), Map.of(), "Someone changed this interview after you opened the page, so "
                    + "nothing was changed. Reload the page to see their version; what you typed is still below.",
                    List.of(), Set.of());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (e instanceof InvalidInputException) {
            e.fieldProblems().forEach(problem -> errors.putIfAbsent(field(problem), plain(problem)));
        }
        String message = e.status() == HttpStatus.BAD_REQUEST ? "Nothing was saved: check the fields marked below."
                : "Nothing was saved: " + lowerFirst(e.getMessage());
        return new Refusal(e.status(), errors, message, List.of(), Set.of());
    }

    static String weekHref(String userId, LocalDate day) {
        return "/interviewers/" + userId + "/week?from=" + day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private List<SlotFormView.PanelOption> panel(SlotForm values, Set<String> busyIds) {
        Map<UUID, UserResponse> people = new LinkedHashMap<>();
        for (Role role : List.of(Role.INTERVIEWER, Role.HIRING_MANAGER)) {
            identity.listUsers(null, role, true, Paging.of(0, Paging.MAX_SIZE)).items()
                    .forEach(user -> people.putIfAbsent(user.id(), user));
        }
        LocalDate weekOf = dateOr(values.date());
        List<SlotFormView.PanelOption> options = new ArrayList<>(people.values().stream()
                .sorted(java.util.Comparator.comparing(u -> u.displayName().toLowerCase(java.util.Locale.ROOT)))
                .map(u -> option(u.id().toString(), u.displayName(), u.email(), roles(u.roles()), values, busyIds,
                        weekOf)).toList());
        // someone already on the panel who can no longer be picked stays visible, so that saving does not drop them
        List<UUID> missing = values.panelistIds().stream().map(FormFields::uuid)
                .filter(id -> id != null && !people.containsKey(id)).toList();
        for (UserSummary user : identity.userSummaries(missing).values()) {
            options.add(option(user.id().toString(), user.displayName() + " (inactive)", user.email(),
                    roles(List.copyOf(user.roles())), values, busyIds, weekOf));
        }
        return options;
    }

    private static SlotFormView.PanelOption option(String id, String name, String email, String roles,
                                                   SlotForm values, Set<String> busyIds, LocalDate weekOf) {
        return new SlotFormView.PanelOption(id, name, email, roles, values.picked(id), busyIds.contains(id),
                weekHref(id, weekOf));
    }

    private static String roles(List<Role> roles) {
        List<String> names = new ArrayList<>();
        if (roles.contains(Role.INTERVIEWER)) {
            names.add("interviewer");
        }
        if (roles.contains(Role.HIRING_MANAGER)) {
            names.add("hiring manager");
        }
        return String.join(", ", names);
    }

    private static LocalDate dateOr(@Nullable String text) {
        try {
            return LocalDate.parse(text == null ? "" : text.trim());
        } catch (DateTimeParseException e) {
            return LocalDate.now(java.time.ZoneOffset.UTC);
        }
    }

    private static String field(FieldProblem problem) {
        String field = problem.field();
        if (field.startsWith("panelistIds")) {
            return "panelistIds";
        }
        return switch (field) {
            case "startsAt" -> "time";
            case "endsAt" -> "minutes";
            case "stageId", "timeZone", "location" -> field;
            default -> "general";
        };
    }

    private static String plain(FieldProblem problem) {
        String message = problem.message();
        if (problem.field().equals("endsAt")) {
            return message.contains("8 hours") ? "An interview lasts at most 8 hours (480 minutes)."
                    : "The interview must end after it starts: give it a length of at least 1 minute.";
        }
        if (problem.field().startsWith("panelistIds")) {
            return "Everyone on the panel must be an active interviewer or hiring manager.";
        }
        return Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".";
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static <T> T parse(java.util.function.Supplier<T> parser, Map<String, String> errors, String field,
                               String message) {
        try {
            return parser.get();
        } catch (RuntimeException e) {
            errors.put(field, message);
            return null;
        }
    }
}
