package io.panelist.web.scheduling;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;

/**
 * Everything the scheduling form shows: the choices (stages, people, time zones), the values as typed, the problems
 * per field, on a double booking who is busy and when, and past a load limit who is at which limit.
 */
record SlotFormView(String action, String target, String submitLabel, boolean reschedule, List<StageOption> stages,
                    List<PanelOption> panel, List<String> zones, SlotForm values, Map<String, String> errors,
                    @Nullable String message, List<Busy> busy, List<String> overLimits) {

    record StageOption(String id, String label, int minutes, boolean selected) {
    }

    record PanelOption(String id, String name, String email, String roles, boolean checked, boolean busy,
                       String weekHref) {
    }

    /** One person busy at the chosen time: when, in the form's time zone, and the interview that holds them. */
    record Busy(String who, String when, String interviewHref, @Nullable String weekHref) {
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public String error(String field) {
        return errors.get(field);
    }

    /** "Book anyway" is offered when a load limit refused the booking, or kept when it was the button pressed. */
    public boolean offersOverride() {
        return !overLimits.isEmpty() || values.overriding();
    }
}
