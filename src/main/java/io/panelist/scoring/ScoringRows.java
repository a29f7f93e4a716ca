package io.panelist.scoring;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.UUID;

public final class ScoringRows {
    private ScoringRows() {
    }

    @Introspected
    @io.micronaut.serde.annotation.Serdeable
    record TopicScoreRow(UUID scorecardId, UUID topicId, int rubricVersion, @Nullable Integer score,
                         @Nullable String notAssessedReason, String notes) {
    }

    @Introspected
    @io.micronaut.serde.annotation.Serdeable
    record QuestionNoteRow(UUID scorecardId, UUID questionId, boolean asked, String notes) {
    }

    @Introspected
    @io.micronaut.serde.annotation.Serdeable
    record AmendmentRow(UUID id, UUID scorecardId, UUID authorId, String authorName, String reason, String changes,
                        Instant createdAt) {
    }

    @Introspected
    @io.micronaut.serde.annotation.Serdeable
    public record OverdueRow(UUID interviewId, UUID applicationId, String candidateName, String positionTitle,
                      String stageName, UUID panelistId, String panelistName, Instant endedAt,
                      @Nullable String scorecardStatus) {
    }
}
