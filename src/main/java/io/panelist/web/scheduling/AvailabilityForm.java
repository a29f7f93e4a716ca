package io.panelist.web.scheduling;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The availability form as posted, every field as typed. Weekly hours come as three parallel lists (one entry a row:
 * its day, from and to), times away likewise; {@code add} names a day (or {@code away}) to add a row to, {@code
 * remove} a row to take out ({@code weekly-3}, {@code away-0}): either one only edits the form, nothing is saved.
 */
@Serdeable
record AvailabilityForm(@Nullable String csrfToken, @Nullable String version, @Nullable String timeZone,
                        @Nullable String dailyLimit, @Nullable String weeklyLimit, @Nullable String bufferMinutes,
                        @Nullable List<String> day, @Nullable List<String> from, @Nullable List<String> to,
                        @Nullable List<String> awayFrom, @Nullable List<String> awayTo,
                        @Nullable List<String> awayReason, @Nullable String add, @Nullable String remove) {

    AvailabilityForm {
        day = copy(day);
        from = copy(from);
        to = copy(to);
        awayFrom = copy(awayFrom);
        awayTo = copy(awayTo);
        awayReason = copy(awayReason);
    }

    /** Whether the post only edits the form (adds or removes a row) rather than saving it. */
    boolean edits() {
        return add != null && !add.isBlank() || remove != null && !remove.isBlank();
    }

    /** The i-th entry of a list, or "" where the browser sent fewer. */
    static String at(List<String> values, int i) {
        return i < values.size() && values.get(i) != null ? values.get(i) : "";
    }

    private static List<String> copy(@Nullable List<String> values) {
        return values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(values));
    }
}
