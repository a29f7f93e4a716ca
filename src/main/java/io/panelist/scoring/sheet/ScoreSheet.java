package io.panelist.scoring.sheet;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.panelist.plans.PlanResponse;
import io.panelist.shared.problem.FieldProblem;
import io.panelist.shared.problem.InvalidInputException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A scorecard's content checked against its stage: only the stage's topics and questions, each once. */
public record ScoreSheet(Map<UUID, TopicScore> topics, Map<UUID, QuestionNote> questions, @Nullable Vote vote,
                  @Nullable String summary) {

    public record TopicScore(UUID topicId, String topicKey, int rubricVersion, @Nullable Integer score,
                      @Nullable String notAssessedReason, String notes) {
    }

    public record QuestionNote(UUID questionId, boolean asked, String notes) {
    }

    public static ScoreSheet of(PlanResponse.Stage stage, List<SaveScorecardRequest.TopicScoreInput> topicInputs,
                         List<SaveScorecardRequest.QuestionNoteInput> questionInputs, @Nullable Vote vote,
                         @Nullable String summary) {
        Map<String, PlanResponse.Topic> stageTopics = new LinkedHashMap<>();
        stage.topics().forEach(t -> stageTopics.put(t.topicKey(), t));
        Set<UUID> stageQuestions = new HashSet<>();
        stage.questions().forEach(q -> stageQuestions.add(q.questionId()));
        List<FieldProblem> problems = new ArrayList<>();
        Map<UUID, TopicScore> topics = new LinkedHashMap<>();
        for (int i = 0; i < topicInputs.size(); i++) {
            SaveScorecardRequest.TopicScoreInput input = topicInputs.get(i);
            PlanResponse.Topic topic = stageTopics.get(input.topicKey());
            String reason = blankToNull(input.notAssessedReason());
            if (topic == null) {
                problems.add(new FieldProblem("topicScores[" + i + "].topicKey", "is not a topic of this stage"));
            } else if (input.scoreValue() != null && reason != null) {
                problems.add(new FieldProblem("topicScores[" + i + "]", "give a score or a reason it was not assessed, not both"));
            } else if (topics.put(topic.topicId(), new TopicScore(topic.topicId(), topic.topicKey(), topic.rubricVersion(),
                    input.scoreValue(), reason, text(input.notes()))) != null) {
                problems.add(new FieldProblem("topicScores[" + i + "].topicKey", "appears twice"));
            }
        }
        Map<UUID, QuestionNote> questions = new LinkedHashMap<>();
        for (int i = 0; i < questionInputs.size(); i++) {
            SaveScorecardRequest.QuestionNoteInput input = questionInputs.get(i);
            if (!stageQuestions.contains(input.questionId())) {
                problems.add(new FieldProblem("questionNotes[" + i + "].questionId", "is not a question of this stage"));
            } else if (questions.put(input.questionId(), new QuestionNote(input.questionId(),
                    Boolean.TRUE.equals(input.asked()), text(input.notes()))) != null) {
                problems.add(new FieldProblem("questionNotes[" + i + "].questionId", "appears twice"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(HttpStatus.UNPROCESSABLE_ENTITY,
                    "The scorecard names topics or questions its stage does not hold.", problems);
        }
        return new ScoreSheet(topics, questions, vote, summary);
    }

    /** What submission still needs: a score or a not-assessed reason per stage topic, a vote and a summary. */
    public List<FieldProblem> missing(PlanResponse.Stage stage) {
        List<FieldProblem> missing = new ArrayList<>();
        for (PlanResponse.Topic topic : stage.topics()) {
            TopicScore given = topics.get(topic.topicId());
            if (given == null || (given.score() == null && given.notAssessedReason() == null)) {
                missing.add(new FieldProblem("topicScores/" + topic.topicKey(),
                        topic.topicKey() + " needs a score or a reason it was not assessed"));
            }
        }
        if (vote == null) {
            missing.add(new FieldProblem("vote", "needs an overall vote"));
        }
        if (summary == null || summary.isBlank()) {
            missing.add(new FieldProblem("summary", "needs a summary"));
        }
        return missing;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
