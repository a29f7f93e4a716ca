package io.panelist.scheduling.agenda;

import java.time.Duration;

/** The states of a panelist's scorecard the agenda shows, and when a missing one is overdue. */
public final class ScorecardStatuses {
    public static final String NONE = "NONE";
    public static final String SUBMITTED = "SUBMITTED";
    /** A panelist's scorecard is overdue this long after the interview ended. */
    public static final Duration OVERDUE_AFTER = Duration.ofHours(24);

    private ScorecardStatuses() {
    }
}
