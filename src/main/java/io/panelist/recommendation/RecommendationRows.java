package io.panelist.recommendation;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;
import java.util.UUID;

/** What the aggregation queries answer, one row per group. */
public final class RecommendationRows {
    private RecommendationRows() {
    }

    @Introspected
    public record DifferenceRow(UUID interviewerId, String topicKey, int pairs, double sumOfDifferences) {
    }

    @Introspected
    public record TargetRow(String topicKey, int count, double sum, double sumOfSquares) {
    }

    @Introspected
    public record ExportRow(String positionTitle, String candidateName, UUID applicationId, String stageName,
                     String interviewerName, String topicKey, int score, int rubricVersion, Instant submittedAt,
                     boolean counted) {
    }

    @Introspected
    public record PanelRow(UUID interviewerId, String displayName, int scorecards) {
    }
}
