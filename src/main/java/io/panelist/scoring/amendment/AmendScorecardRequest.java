package io.panelist.scoring.amendment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.panelist.scoring.sheet.SaveScorecardRequest;
import io.panelist.scoring.sheet.ScoringRules;
import io.panelist.scoring.sheet.Vote;
import io.panelist.shared.input.HasText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Changes to a submitted scorecard, with the reason. Only what is named changes. */
@Serdeable
public record AmendScorecardRequest(@NotNull @HasText @Size(max = 2000) String reason,
                                    @Nullable @Size(max = 40) List<SaveScorecardRequest.@Valid @NotNull TopicScoreInput> topicScores,
                                    @Nullable @Size(max = 80) List<SaveScorecardRequest.@Valid @NotNull QuestionNoteInput> questionNotes,
                                    @Nullable Vote vote,
                                    @Nullable @Size(max = ScoringRules.NOTES_MAX) String summary) {
}
