package io.panelist.scheduling.agenda;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** The state of a panelist's scorecards (NONE, DRAFT, SUBMITTED), told by the scoring feature above scheduling. */
public interface ScorecardStatuses {
    String NONE = "NONE";
    String SUBMITTED = "SUBMITTED";
    /** A panelist's scorecard is overdue this long after the interview ended. */
    java.time.Duration OVERDUE_AFTER = java.time.Duration.ofHours(24);

    /** By interview id; interviews without a scorecard of this panelist may be left out. */
    Map<UUID, String> statusesOf(UUID panelistId, Collection<UUID> interviewIds);
}
