package io.panelist.web.scheduling;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.panelist.scheduling.InterviewConflictException;
import io.panelist.scheduling.LoadLimitException;
import io.panelist.shared.problem.FieldProblem;
import io.panelist.shared.problem.InvalidInputException;
import io.panelist.shared.problem.PanelistException;
import io.panelist.shared.problem.StaleVersionException;
import io.panelist.web.recruiting.TimeWording;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a refused booking or reschedule shows: its status, the problems by field, a message on top, who is busy, and
 * who it would take over a load limit (in plain sentences; the form then offers to book anyway with a reason).
 */
record SlotRefusal(HttpStatus status, Map<String, String> errors, @Nullable String message,
                   List<SlotFormView.Busy> busy, Set<String> busyIds, List<String> overLimits) {
    static final String CONFLICT_MESSAGE = "Double booking: nothing was booked. Pick another time or change the panel;"
            + " everything you entered is kept.";
    /** A form with nothing to say. */
    static final SlotRefusal NONE = fields(HttpStatus.OK, Map.of(), null);

    SlotRefusal {
        errors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
        busy = List.copyOf(busy);
        busyIds = Set.copyOf(busyIds);
        overLimits = List.copyOf(overLimits);
    }

    /** Problems with fields as typed, and the message above them. */
    static SlotRefusal fields(HttpStatus status, Map<String, String> errors, @Nullable String message) {
        return new SlotRefusal(status, errors, message, List.of(), Set.of(), List.of());
    }

    /**
     * A refusal of the scheduling service, told on the form; times of a double booking in {@code zone}.
     * {@code moving} says whether an interview was being moved (rather than booked).
     */
    static SlotRefusal of(PanelistException e, ZoneId zone, boolean moving) {
        if (e instanceof LoadLimitException overLimit) {
            return new SlotRefusal(e.status(), Map.of(), (moving ? "Nothing was changed" : "Nothing was booked")
                    + ": that would take the panel past a load limit. Pick another time or change the panel, or "
                    + (moving ? "save" : "book") + " anyway below with a reason.", List.of(), Set.of(),
                    LoadLimitWording.sentences(overLimit.over(), moving));
        }
        if (e instanceof InterviewConflictException conflict) {
            List<SlotFormView.Busy> busy = conflict.busy().stream().map(b -> new SlotFormView.Busy(
                    b.userId() == null ? "The candidate" : b.who(),
                    TimeWording.range(b.startsAt(), b.endsAt(), zone) + " (" + zone.getId() + ")",
                    "/interviews/" + b.interviewId(),
                    b.userId() == null ? null
                            : SlotForms.weekHref(b.userId().toString(), b.startsAt().atZone(zone).toLocalDate())))
                    .toList();
            Set<String> ids = conflict.busy().stream().filter(b -> b.userId() != null)
                    .map(b -> b.userId().toString()).collect(Collectors.toSet());
            return new SlotRefusal(HttpStatus.CONFLICT, Map.of(), CONFLICT_MESSAGE, busy, ids, List.of());
        }
        if (e instanceof StaleVersionException) {
            return fields(e.status(), Map.of(), "Someone changed this interview after you opened the page, so "
                    + "nothing was changed. Reload the page to see their version; what you typed is still below.");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (e instanceof InvalidInputException) {
            e.fieldProblems().forEach(problem -> errors.putIfAbsent(field(problem), plain(problem)));
        }
        String message = e.status() == HttpStatus.BAD_REQUEST ? "Nothing was saved: check the fields marked below."
                : "Nothing was saved: " + lowerFirst(e.getMessage());
        return fields(e.status(), errors, message);
    }

    /**
     * This refusal with a problem of the reason "Book anyway" needs: then it is the reason that is missing (422),
     * whatever else the service said.
     */
    SlotRefusal withReasonProblem(@Nullable String problem) {
        if (problem == null) {
            return this;
        }
        Map<String, String> all = new LinkedHashMap<>(errors);
        all.put(SlotForms.REASON, problem);
        return new SlotRefusal(HttpStatus.UNPROCESSABLE_ENTITY, all, message, busy, busyIds, overLimits);
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

}
