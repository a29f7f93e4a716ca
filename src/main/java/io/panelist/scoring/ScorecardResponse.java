package io.panelist.scoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.panelist.questionbank.topics.Anchor;
import io.panelist.scoring.sheet.Vote;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A scorecard with what a client needs to render it: each stage topic with its anchors (at the rubric version it is
 * scored against) and the panelist's score, and each question with prompt, guidance and follow-ups and the notes.
 * {@code voteCounted}: the vote counts in the recommendation's tally now, which a draft's never does, nor a submitted
 * one's whose panelist is a TRAINEE in every topic of the stage (scheduling.qualifications.TraineeRules).
 */
@Serdeable
public record ScorecardResponse(UUID id, UUID interviewId, UUID applicationId, UUID panelistId, String panelistName,
                                String candidateName, String stageName, ScorecardStatus status, @Nullable Vote vote,
                                boolean voteCounted, @Nullable String summary, List<Topic> topics,
                                List<Question> questions, List<Amendment> amendments, long version,
                                @Nullable Instant submittedAt, Instant updatedAt) {

    public String etag() {
        return io.panelist.shared.ETags.of(version);
    }

    /**
     * {@code counted}: the score counts in recommendations, rankings, calibration and reliability now: it is given, on
     * a submitted scorecard, by a panelist who is not a TRAINEE in the topic. A trainee's score is shown, not counted.
     */
    @Serdeable
    public record Topic(String topicKey, String name, double weight, boolean mustHave, int minScore, int rubricVersion,
                        List<Anchor> anchors, @Nullable Integer score, boolean counted,
                        @Nullable String notAssessedReason, String notes) {
    }

    @Serdeable
    public record Question(UUID questionId, int revision, int minutes, String topicKey, String prompt, String guidance,
                           List<String> followUps, boolean asked, String notes) {
    }

    /** Who changed a submitted scorecard, when, why, and each field before and after. */
    @Serdeable
    public record Amendment(UUID id, UUID authorId, String authorName, String reason, Instant createdAt,
                            List<Map<String, Object>> changes) {
    }
}
