package io.panelist.scoring.amendment;

import io.micronaut.core.annotation.Nullable;
import io.panelist.scoring.sheet.SaveScorecardRequest;
import io.panelist.scoring.sheet.ScoreSheet;
import io.panelist.scoring.sheet.Vote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** What an amendment changes: the sheet after it, and each changed field with its value before and after. Pure. */
public final class Amendments {
    private Amendments() {
    }

    public record Outcome(ScoreSheet after, List<Map<String, Object>> changes) {
    }

    /** What the amendment names, completed with the stored values of what it leaves out. */
    public static List<SaveScorecardRequest.TopicScoreInput> mergeTopics(ScoreSheet stored,
                                                                 @Nullable List<SaveScorecardRequest.TopicScoreInput> inputs) {
        if (inputs == null) {
            return List.of();
        }
        Map<String, ScoreSheet.TopicScore> byKey = new HashMap<>();
        stored.topics().values().forEach(t -> byKey.put(t.topicKey(), t));
        return inputs.stream().map(input -> {
            ScoreSheet.TopicScore old = byKey.get(input.topicKey());
            boolean scoreGiven = input.scoreValue() != null;
            boolean reasonGiven = input.notAssessedReason() != null && !input.notAssessedReason().isBlank();
            Integer score = scoreGiven ? input.scoreValue() : reasonGiven || old == null ? null : old.score();
            String reason = reasonGiven ? input.notAssessedReason() : scoreGiven || old == null ? null : old.notAssessedReason();
            String notes = input.notes() != null ? input.notes() : old == null ? null : old.notes();
            return SaveScorecardRequest.TopicScoreInput.of(input.topicKey(), score, reason, notes);
        }).toList();
    }

    public static List<SaveScorecardRequest.QuestionNoteInput> mergeQuestions(ScoreSheet stored,
                                                                      @Nullable List<SaveScorecardRequest.QuestionNoteInput> inputs) {
        if (inputs == null) {
            return List.of();
        }
        return inputs.stream().map(input -> {
            ScoreSheet.QuestionNote old = stored.questions().get(input.questionId());
            Boolean asked = input.asked() != null ? input.asked() : old != null && old.asked();
            String notes = input.notes() != null ? input.notes() : old == null ? null : old.notes();
            return new SaveScorecardRequest.QuestionNoteInput(input.questionId(), asked, notes);
        }).toList();
    }

    public static Outcome apply(ScoreSheet before, ScoreSheet requested, boolean voteGiven, boolean summaryGiven) {
        List<Map<String, Object>> changes = new ArrayList<>();
        Map<UUID, ScoreSheet.TopicScore> topics = new LinkedHashMap<>(before.topics());
        requested.topics().values().forEach(next -> {
            ScoreSheet.TopicScore old = topics.get(next.topicId());
            record(changes, "topicScores/" + next.topicKey() + "/score", old == null ? null : old.score(), next.score());
            record(changes, "topicScores/" + next.topicKey() + "/notAssessedReason",
                    old == null ? null : old.notAssessedReason(), next.notAssessedReason());
            record(changes, "topicScores/" + next.topicKey() + "/notes", old == null ? "" : old.notes(), next.notes());
            topics.put(next.topicId(), next);
        });
        Map<UUID, ScoreSheet.QuestionNote> questions = new LinkedHashMap<>(before.questions());
        requested.questions().values().forEach(next -> {
            ScoreSheet.QuestionNote old = questions.get(next.questionId());
            record(changes, "questionNotes/" + next.questionId() + "/asked", old != null && old.asked(), next.asked());
            record(changes, "questionNotes/" + next.questionId() + "/notes", old == null ? "" : old.notes(), next.notes());
            questions.put(next.questionId(), next);
        });
        Vote vote = voteGiven ? requested.vote() : before.vote();
        String summary = summaryGiven ? requested.summary() : before.summary();
        record(changes, "vote", before.vote(), vote);
        record(changes, "summary", before.summary(), summary);
        return new Outcome(new ScoreSheet(topics, questions, vote, summary), changes);
    }

    private static void record(List<Map<String, Object>> changes, String field, @Nullable Object before,
                               @Nullable Object after) {
        if (!Objects.equals(before, after)) {
            Map<String, Object> change = new HashMap<>();
            change.put("field", field);
            change.put("before", before == null ? null : before.toString());
            change.put("after", after == null ? null : after.toString());
            changes.add(change);
        }
    }
}
