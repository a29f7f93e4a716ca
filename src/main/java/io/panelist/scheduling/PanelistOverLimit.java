package io.panelist.scheduling;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A panelist a booking or a move would take over a limit: their daily limit on {@code day}, or their weekly limit in
 * the week that starts on {@code day} (a Monday), both in the panelist's own time zone. {@code interviews} counts the
 * interview being written, so the panelist already has one fewer.
 */
public record PanelistOverLimit(UUID panelistId, String name, boolean weekly, LocalDate day, long interviews,
                                int limit) {

    /** The day or week as the API's answers and the audit log name it. */
    public String period() {
        return (weekly ? "in the week of " : "on ") + day;
    }

    String sentence() {
        return name + " would have " + interviews + " interviews " + period() + ", over their limit of " + limit + ".";
    }
}
