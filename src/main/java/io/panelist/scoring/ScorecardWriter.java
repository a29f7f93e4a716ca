package io.panelist.scoring;

import io.panelist.plans.PlanResponse;
import io.panelist.scoring.sheet.ScoreSheet;
import io.panelist.scoring.sheet.Vote;
import io.panelist.shared.Texts;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

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

    /** Stores the sheet's topic scores and question notes as the scorecard's whole content, in one statement. */
    void replaceContent(Scorecard card, ScoreSheet sheet) {
        List<ScoreSheet.TopicScore> topics = List.copyOf(sheet.topics().values());
        List<ScoreSheet.QuestionNote> questions = List.copyOf(sheet.questions().values());
        scorecards.writeContent(card.id(), card.stageId(),
                texts(topics, ScoreSheet.TopicScore::topicId), texts(topics, ScoreSheet.TopicScore::rubricVersion),
                texts(topics, ScoreSheet.TopicScore::score), texts(topics, ScoreSheet.TopicScore::notAssessedReason),
                texts(topics, ScoreSheet.TopicScore::notes),
                texts(questions, ScoreSheet.QuestionNote::questionId), texts(questions, ScoreSheet.QuestionNote::asked),
                texts(questions, ScoreSheet.QuestionNote::notes));
    }

    /** One text per item, null staying null (PostgreSQL casts the text array to the column's array type). */
    private static <T> String[] texts(List<T> items, Function<T, ?> field) {
        return items.stream().map(field).map(value -> value == null ? null : value.toString()).toArray(String[]::new);
    }
}
