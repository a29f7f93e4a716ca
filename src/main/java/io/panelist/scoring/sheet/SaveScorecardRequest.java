package io.panelist.scoring.sheet;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The whole draft as the page holds it; an autosave sends it every time. Partial drafts are fine. */
@Serdeable
public record SaveScorecardRequest(@Nullable @Size(max = 40) List<@Valid @NotNull TopicScoreInput> topicScores,
                                   @Nullable @Size(max = 80) List<@Valid @NotNull QuestionNoteInput> questionNotes,
                                   @Nullable Vote vote,
                                   @Nullable @Size(max = ScoringRules.NOTES_MAX) String summary) {

    public List<TopicScoreInput> topicScoreList() {
        return topicScores == null ? List.of() : topicScores;
    }

    public List<QuestionNoteInput> questionNoteList() {
        return questionNotes == null ? List.of() : questionNotes;
    }

    /**
     * A score 1..4, or {@code "score": null} with the reason the topic was not assessed. The score binds as a decimal
     * so that 2.5 is refused rather than silently read as 2.
     */
    @Serdeable
    public record TopicScoreInput(@NotBlank @Size(max = 60) String topicKey,
                                  @Nullable @DecimalMin("1") @DecimalMax("4")
                                  @Digits(integer = 1, fraction = 0, message = "must be a whole score from 1 to 4")
                                  BigDecimal score,
                                  @Nullable @Size(max = 1000) String notAssessedReason,
                                  @Nullable @Size(max = ScoringRules.NOTES_MAX) String notes) {

        public static TopicScoreInput of(String topicKey, @Nullable Integer score, @Nullable String notAssessedReason,
                                         @Nullable String notes) {
            return new TopicScoreInput(topicKey, score == null ? null : BigDecimal.valueOf(score), notAssessedReason, notes);
        }

        @Nullable
        public Integer scoreValue() {
            return score == null ? null : score.intValueExact();
        }
    }

    @Serdeable
    public record QuestionNoteInput(@NotNull UUID questionId,
                                    @Nullable Boolean asked,
                                    @Nullable @Size(max = ScoringRules.NOTES_MAX) String notes) {
    }
}
