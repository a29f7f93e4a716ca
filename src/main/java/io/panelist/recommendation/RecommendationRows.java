package io.panelist.recommendation;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.UUID;

/** What the aggregation queries answer, one row per group. */
final class RecommendationRows {
    private RecommendationRows() {
    }

    @Introspected
    record ScoreGroupRow(UUID applicationId, String topicKey, UUID stageId, UUID interviewerId, int count, double sum,
                         int min, int max) {
    }

    @Introspected
    record BallotRow(UUID applicationId, UUID scorecardId, String vote, int scoreCount, double scoreSum) {
    }

    @Introspected
    record PendingRow(UUID applicationId, int pending) {
    }

    @Introspected
    record DifferenceRow(UUID interviewerId, String topicKey, int pairs, double sumOfDifferences) {
    }

    @Introspected
    record TargetRow(String topicKey, int count, double sum, double sumOfSquares) {
    }

    @Introspected
    record RankingRow(UUID applicationId, UUID candidateId, String candidateName, UUID planId, String status,
                      Instant createdAt, @Nullable String decision, boolean withheld) {
    }

    @Introspected
    record ExportRow(String positionTitle, String candidateName, UUID applicationId, String stageName,
                     String interviewerName, String topicKey, int score, int rubricVersion, Instant submittedAt) {
    }

    @Introspected
    record PanelRow(UUID interviewerId, String displayName, int scorecards) {
    }
}
