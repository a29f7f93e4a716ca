package io.panelist.web.scheduling;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.panelist.scheduling.availability.AvailabilityResponse;
import io.panelist.scheduling.availability.AvailabilityService;
import io.panelist.scheduling.availability.SaveAvailabilityRequest;
import io.panelist.shared.TimeZones;
import io.panelist.shared.problem.ConflictException;
import io.panelist.shared.problem.FieldProblem;
import io.panelist.shared.problem.InvalidInputException;
import io.panelist.shared.problem.StaleVersionException;
import io.panelist.web.FormFields;
import jakarta.inject.Singleton;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The availability form's side of the availability service: the form becomes the API's request, is checked by the
 * API's own rules (each problem shown next to its row), and is saved whole; adding or removing a row only redraws
 * the form. What cannot be saved comes back as the form as typed, nothing written.
 */
@Singleton
class AvailabilityForms {
    private static final String FIX_FIELDS = "Nothing was saved. Fix the fields marked below and save again.";
    private static final String STALE = "Someone else changed this availability while you were editing, so nothing "
            + "was saved. Reload the page to see their change, then make yours again.";
    private static final String OVERLAP = "Nothing was saved: two ranges of one day overlap. Ranges may touch "
            + "(09:00-12:00 and 12:00-17:00) but not overlap.";
    private final AvailabilityService availability;

    AvailabilityForms(AvailabilityService availability) {
        this.availability = availability;
    }

    /** How a save is made: one's own, or someone else's as a recruiter. */
    @FunctionalInterface
    interface Saver {
        AvailabilityResponse save(OptionalLong expectedVersion, SaveAvailabilityRequest request);
    }

    /** Either saved, or the form to show again with the status to answer. */
    record Outcome(boolean saved, @Nullable AvailabilityFormView form, HttpStatus status) {
    }

    /** A row added or removed: the form as typed with that change, and nothing saved. */
    AvailabilityFormView edit(AvailabilityForm form) {
        AvailabilityRows rows = AvailabilityRows.of(form);
        String focus = rows.apply(form.add(), form.remove());
        return rows.view(form, Map.of(), null, focus);
    }

    /** Checks the whole form as the API would and saves it, or answers it with its problems. */
    Outcome save(AvailabilityForm form, ZoneId currentZone, Saver saver) {
        AvailabilityRows rows = AvailabilityRows.of(form);
        Map<String, String> errors = new LinkedHashMap<>();
        String zone = blankToNull(form.timeZone());
        ZoneId local = zone != null && TimeZones.isIana(zone) ? ZoneId.of(zone) : currentZone;
        SaveAvailabilityRequest request = new SaveAvailabilityRequest(zone, rows.weekly(),
                rows.timesAway(local, errors), number(form.dailyLimit(), "dailyLimit", errors),
                number(form.weeklyLimit(), "weeklyLimit", errors),
                number(form.bufferMinutes(), "bufferMinutes", errors));
        availability.problemsWith(request).forEach(problem -> errors.putIfAbsent(rows.key(problem.field()),
                words(problem)));
        OptionalLong version = FormFields.version(form.version());
        if (!errors.isEmpty()) {
            return refused(rows, form, errors, FIX_FIELDS, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        try {
            saver.save(version, request);
            return new Outcome(true, null, HttpStatus.SEE_OTHER);
        } catch (InvalidInputException e) {
            e.fieldProblems().forEach(problem -> errors.putIfAbsent(rows.key(problem.field()), words(problem)));
            return refused(rows, form, errors, FIX_FIELDS, HttpStatus.UNPROCESSABLE_ENTITY);
        } catch (StaleVersionException e) {
            return refused(rows, form, errors, STALE, HttpStatus.CONFLICT);
        } catch (ConflictException e) {
            return refused(rows, form, errors, OVERLAP, HttpStatus.CONFLICT);
        }
    }

    private static Outcome refused(AvailabilityRows rows, AvailabilityForm form, Map<String, String> errors,
                                   String message, HttpStatus status) {
        return new Outcome(false, rows.view(form, errors, message, null), status);
    }

    @Nullable
    private static Integer number(@Nullable String text, String field, Map<String, String> errors) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            errors.put(field, range(field));
            return null;
        }
    }

    /** An API problem in the words the form uses: ranges as the form shows them, no list indexes. */
    private static String words(FieldProblem problem) {
        return switch (problem.field()) {
            case "dailyLimit", "weeklyLimit", "bufferMinutes" -> range(problem.field());
            case "weekly" -> "at most " + SaveAvailabilityRequest.MAX_RANGES + " ranges in a week";
            case "exceptions" -> "at most " + SaveAvailabilityRequest.MAX_EXCEPTIONS + " times away";
            default -> problem.message().replaceAll("weekly\\[\\d+], ", "");
        };
    }

    private static String range(String field) {
        return switch (field) {
            case "dailyLimit" -> "must be a whole number from 1 to 12, or empty for no limit";
            case "weeklyLimit" -> "must be a whole number from 1 to 40, or empty for no limit";
            default -> "must be a whole number of minutes from 0 to 240";
        };
    }

    @Nullable
    private static String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
