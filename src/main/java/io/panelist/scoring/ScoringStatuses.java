package io.panelist.scoring;

import io.panelist.scheduling.agenda.ScorecardStatuses;
import io.panelist.shared.Texts;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The panelist's scorecard status per interview, for the agenda. */
@Singleton
class ScoringStatuses implements ScorecardStatuses {
    private final ScorecardRepository scorecards;

    ScoringStatuses(ScorecardRepository scorecards) {
        this.scorecards = scorecards;
    }

    /** One statement, so no transaction of its own: the agenda reads it on its connection, without one. */
    @Override
    public Map<UUID, String> statusesOf(UUID panelistId, Collection<UUID> interviewIds) {
        if (interviewIds.isEmpty()) {
            return Map.of();
        }
        return scorecards.statuses(panelistId, Texts.of(interviewIds)).stream()
                .collect(Collectors.toMap(ScoringRows.StatusRow::interviewId, ScoringRows.StatusRow::status));
    }
}
