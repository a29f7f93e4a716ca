package io.panelist.scoring;

import java.util.UUID;

/**
 * Published inside the transaction of a submission, to listeners that run in it (Micronaut delivers events
 * synchronously): what they write commits or rolls back with the scorecard.
 */
public record ScorecardSubmitted(UUID scorecardId, UUID interviewId, UUID applicationId, UUID candidateId,
                                 UUID positionId, UUID panelistId) {
}
