package io.panelist.scoring;

import io.panelist.plans.PlanResponse;
import io.panelist.shared.Texts;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads a scorecard's stored content as a sheet, and stores a sheet whole. */
@Singleton
class ScorecardWriter {
    private final ScorecardRepository scorecards;

    ScorecardWriter(ScorecardRepository scorecards) {
        this.scorecards = scorecards;
    }

    ScoreSheet stored(Scorecard card, PlanResponse.Stage stage) {
        Map<UUID, String> keys = new LinkedHashMap<>();
        stage.topics().forEach(t -> keys.put(t.topicId(), t.topicKey()));
        Map<UUID, ScoreSheet.TopicScore> topics = new LinkedHashMap<>();
        scorecards.topicScores(Texts.of(List.of(card.id()))).forEach(row -> topics.put(row.topicId(),
                new ScoreSheet.TopicScore(row.topicId(), keys.getOrDefault(row.topicId(), "?"), row.rubricVersion(),
                        row.score(), row.notAssessedReason(), row.notes())));
        Map<UUID, ScoreSheet.QuestionNote> questions = new LinkedHashMap<>();
        scorecards.questionNotes(Texts.of(List.of(card.id()))).forEach(row -> questions.put(row.questionId(),
                new ScoreSheet.QuestionNote(row.questionId(), row.asked(), row.notes())));
        return new ScoreSheet(topics, questions, card.vote() == null ? null : Vote.valueOf(card.vote()), card.summary());
    }

    void replaceContent(Scorecard card, ScoreSheet sheet) {
        scorecards.clearTopicScores(card.id());
        scorecards.clearQuestionNotes(card.id());
        sheet.topics().values().forEach(t -> scorecards.insertTopicScore(card.id(), card.stageId(), t.topicId(),
                t.rubricVersion(), t.score(), t.notAssessedReason(), t.notes()));
        sheet.questions().values().forEach(q -> scorecards.insertQuestionNote(card.id(), card.stageId(),
                q.questionId(), q.asked(), q.notes()));
    }
}
