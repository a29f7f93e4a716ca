package io.panelist.scheduling.findtimes;

import java.util.Objects;

/** A stretch of time, end excluded: when the candidate can be interviewed. */
public record Window(java.time.Instant from, java.time.Instant to) {
    public Window {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
