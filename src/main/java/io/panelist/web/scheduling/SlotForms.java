package io.panelist.web.scheduling;

import io.micronaut.core.annotation.Nullable;
import io.panelist.identity.IdentityService;
import io.panelist.identity.Role;
import io.panelist.identity.UserResponse;
import io.panelist.identity.UserSummary;
import io.panelist.scheduling.LoadLimitOverride;
import io.panelist.shared.Paging;
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

/**
 * The scheduling form's side of things: the people who can sit on a panel, reading the typed day, time and zone as an
 * instant, and telling a refusal (a double booking, a rule of the service) in plain words next to its field.
 */
@Singleton
class SlotForms {
    /** The field of the reason for booking past a load limit. */
    static final String REASON = "overrideReason";
    private final IdentityService identity;
    private final Validator validator;

    SlotForms(IdentityService identity, Validator validator) {
        this.identity = identity;
        this.validator = validator;
    }

    /** The typed slot as instants, or null with the problems in {@code errors}. */
    record Slot(OffsetDateTime startsAt, OffsetDateTime endsAt, String timeZone, List<UUID> panel) {
    }

    SlotFormView view(String action, String target, String label, boolean reschedule,
                      List<SlotFormView.StageOption> stages, SlotForm values, SlotRefusal refusal) {
        return new SlotFormView(action, target, label, reschedule, stages, panel(values, refusal.busyIds()),
                TimeWording.ZONES, values, refusal.errors(), refusal.message(), refusal.busy(), refusal.overLimits());
    }

    /**
     * The override "Book anyway" asks for: null when the button was not pressed, or when the reason is blank or too
     * long (the problem then goes in {@code errors} under {@link #REASON}).
     */
    @Nullable
    LoadLimitOverride override(SlotForm form, Map<String, String> errors) {
        if (!form.overriding()) {
            return null;
        }
        LoadLimitOverride override = new LoadLimitOverride(form.text(form.overrideReason()).trim());
        if (override.reason().isEmpty()) {
            errors.put(REASON, "Say why it is booked past the limit: the reason is kept in the audit log.");
            return null;
        }
        if (!validator.validate(override).isEmpty()) {
            errors.put(REASON, "Keep the reason to 500 characters.");
            return null;
        }
        return override;
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
        OffsetDateTime start = exactStart(form.startsAt(), ZoneId.of(zone))
                .orElseGet(() -> ZonedDateTime.of(date, time, ZoneId.of(zone)).toOffsetDateTime());
        return new Slot(start, start.plusMinutes(minutes), zone, panel);
    }

    /** The exact start a suggested time posts, in the form's zone; empty when none (or none readable) was posted. */
    private static java.util.Optional<OffsetDateTime> exactStart(@Nullable String startsAt, ZoneId zone) {
        try {
            return startsAt == null || startsAt.isBlank() ? java.util.Optional.empty()
                    : java.util.Optional.of(java.time.Instant.parse(startsAt.trim()).atZone(zone).toOffsetDateTime());
        } catch (DateTimeParseException e) {
            return java.util.Optional.empty();
        }
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
