package io.panelist.scheduling;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** The state of a panelist's scorecards (NONE, DRAFT, SUBMITTED), told by the scoring feature above scheduling. */
public interface ScorecardStatuses {
    String NONE = "NONE";

    /** By interview id; interviews without a scorecard of this panelist may be left out. */
    Map<UUID, String> statusesOf(UUID panelistId, Collection<UUID> interviewIds);
}
