package io.panelist.scoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** The whole draft as the page holds it; an autosave sends it every time. Partial drafts are fine. */
@Serdeable
public record SaveScorecardRequest(@Nullable @Size(max = 40) List<@Valid @NotNull TopicScoreInput> topicScores,
                                   @Nullable @Size(max = 80) List<@Valid @NotNull QuestionNoteInput> questionNotes,
                                   @Nullable Vote vote,
                                   @Nullable @Size(max = ScoringRules.NOTES_MAX) String summary) {

    List<TopicScoreInput> topicScoreList() {
        return topicScores == null ? List.of() : topicScores;
    }

    List<QuestionNoteInput> questionNoteList() {
        return questionNotes == null ? List.of() : questionNotes;
    }

    /** A score 1..4, or {@code "score": null} with the reason the topic was not assessed. */
    @Serdeable
    public record TopicScoreInput(@NotBlank @Size(max = 60) String topicKey,
                                  @Nullable @Min(1) @Max(4) Integer score,
                                  @Nullable @Size(max = 1000) String notAssessedReason,
                                  @Nullable @Size(max = ScoringRules.NOTES_MAX) String notes) {
    }

    @Serdeable
    public record QuestionNoteInput(@NotNull UUID questionId,
                                    @Nullable Boolean asked,
                                    @Nullable @Size(max = ScoringRules.NOTES_MAX) String notes) {
    }
}
