package io.panelist.scoring.review;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** A panelist whose scorecard is still missing a day after the interview ended. */
@Serdeable
public record OverdueScorecard(UUID interviewId, UUID applicationId, String candidateName, String positionTitle,
                               String stageName, UUID panelistId, String panelistName, Instant endedAt,
                               long hoursOverdue, String scorecardStatus) {
}
