package io.panelist.plans;

import io.micronaut.http.HttpStatus;
import io.panelist.questionbank.QuestionResponse;
import io.panelist.questionbank.QuestionService;
import io.panelist.questionbank.topics.TopicResponse;
import io.panelist.questionbank.topics.TopicService;
import io.panelist.shared.problem.FieldProblem;
import io.panelist.shared.problem.InvalidInputException;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Stores a draft's stages whole, after resolving every topic key and question id it names. */
@Singleton
class PlanWriter {
    private final PlanRepository plans;
    private final TopicService topics;
    private final QuestionService questions;

    PlanWriter(PlanRepository plans, TopicService topics, QuestionService questions) {
        this.plans = plans;
        this.topics = topics;
        this.questions = questions;
    }

    /** Replaces the stages of a draft. Keeps stage ids the request repeats and question revisions already pinned. */
    void replaceStages(UUID planId, List<SavePlanRequest.StageInput> stages) {
        Map<String, TopicResponse> topicsByKey = topics.currentTopics(stages.stream()
                .flatMap(s -> s.topics().stream()).map(SavePlanRequest.TopicInput::topicKey).distinct().toList());
        Map<UUID, QuestionResponse> current = questions.currentQuestions(stages.stream()
                .flatMap(s -> s.questions().stream()).map(SavePlanRequest.QuestionInput::questionId).distinct().toList());
        Map<UUID, Integer> pinned = new HashMap<>();
        Set<UUID> existingStages = new HashSet<>();
        plans.stageQuestions(planId).forEach(row -> pinned.putIfAbsent(row.questionId(), row.revision()));
        plans.stages(planId).forEach(row -> existingStages.add(row.id()));
        Set<String> explicitRevisions = explicitRevisions(stages);
        List<FieldProblem> problems = unresolved(stages, topicsByKey, current, explicitRevisions);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(HttpStatus.UNPROCESSABLE_ENTITY,
                    "The plan names topics or questions that do not exist.", problems);
        }
        plans.deleteStages(planId);
        Set<UUID> usedStageIds = new HashSet<>();
        for (int i = 0; i < stages.size(); i++) {
            SavePlanRequest.StageInput stage = stages.get(i);
            UUID stageId = stage.id() != null && existingStages.contains(stage.id()) && usedStageIds.add(stage.id())
                    ? stage.id() : UUID.randomUUID();
            plans.insertStage(stageId, planId, i, stage.name().trim(), stage.kind().name(), stage.minutes());
            for (int j = 0; j < stage.topics().size(); j++) {
                SavePlanRequest.TopicInput topic = stage.topics().get(j);
                plans.insertStageTopic(stageId, j, topicsByKey.get(topic.topicKey()).id(), topic.weight(),
                        Boolean.TRUE.equals(topic.mustHave()), topic.minScore(), null);
            }
            for (int k = 0; k < stage.questions().size(); k++) {
                SavePlanRequest.QuestionInput question = stage.questions().get(k);
                QuestionResponse bank = current.get(question.questionId());
                int revision = question.revision() != null ? question.revision()
                        : pinned.getOrDefault(question.questionId(), bank.currentRevision());
                int minutes = question.minutes() != null ? question.minutes() : bank.minutes();
                plans.insertStageQuestion(stageId, k, question.questionId(), revision, minutes);
            }
        }
    }

    /** Copies the stages of one plan into another, revisions as pinned. */
    void copyStages(UUID fromPlanId, UUID toPlanId) {
        Map<UUID, UUID> newIds = new HashMap<>();
        for (PlanRows.StageRow stage : plans.stages(fromPlanId)) {
            UUID id = UUID.randomUUID();
            newIds.put(stage.id(), id);
            plans.insertStage(id, toPlanId, stage.position(), stage.name(), stage.kind(), stage.minutes());
        }
        for (PlanRows.StageTopicRow topic : plans.stageTopics(fromPlanId)) {
            plans.insertStageTopic(newIds.get(topic.stageId()), topic.position(), topic.topicId(), topic.weight(),
                    topic.mustHave(), topic.minScore(), null);
        }
        for (PlanRows.StageQuestionRow question : plans.stageQuestions(fromPlanId)) {
            plans.insertStageQuestion(newIds.get(question.stageId()), question.position(), question.questionId(),
                    question.revision(), question.minutes());
        }
    }

    private Set<String> explicitRevisions(List<SavePlanRequest.StageInput> stages) {
        List<SavePlanRequest.QuestionInput> explicit = stages.stream().flatMap(s -> s.questions().stream())
                .filter(q -> q.revision() != null).toList();
        if (explicit.isEmpty()) {
            return Set.of();
        }
        Set<String> found = new HashSet<>();
        questions.atRevisions(explicit.stream().map(SavePlanRequest.QuestionInput::questionId).toList(),
                explicit.stream().map(SavePlanRequest.QuestionInput::revision).toList())
                .forEach(q -> found.add(q.id() + "@" + q.revision()));
        return found;
    }

    private static List<FieldProblem> unresolved(List<SavePlanRequest.StageInput> stages,
                                                 Map<String, TopicResponse> topicsByKey,
                                                 Map<UUID, QuestionResponse> current, Set<String> explicitRevisions) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            SavePlanRequest.StageInput stage = stages.get(i);
            for (int j = 0; j < stage.topics().size(); j++) {
                if (!topicsByKey.containsKey(stage.topics().get(j).topicKey())) {
                    problems.add(new FieldProblem("/stages/" + i + "/topics/" + j + "/topicKey", "names no topic of the bank"));
                }
            }
            for (int k = 0; k < stage.questions().size(); k++) {
                SavePlanRequest.QuestionInput question = stage.questions().get(k);
                String at = "/stages/" + i + "/questions/" + k;
                if (!current.containsKey(question.questionId())) {
                    problems.add(new FieldProblem(at + "/questionId", "names no question of the bank"));
                } else if (question.revision() != null
                        && !explicitRevisions.contains(question.questionId() + "@" + question.revision())) {
                    problems.add(new FieldProblem(at + "/revision", "the question has no such revision"));
                }
            }
        }
        return problems.stream().filter(Objects::nonNull).toList();
    }
}
