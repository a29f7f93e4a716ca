package io.panelist.scoring;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** What an amendment changes: the sheet after it, and each changed field with its value before and after. Pure. */
final class Amendments {
    private Amendments() {
    }

    record Outcome(ScoreSheet after, List<Map<String, Object>> changes) {
    }

    static Outcome apply(ScoreSheet before, ScoreSheet requested, boolean voteGiven, boolean summaryGiven) {
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
