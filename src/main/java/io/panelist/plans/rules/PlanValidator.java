package io.panelist.plans.rules;

import io.panelist.shared.problem.FieldProblem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The plan rules of DESIGN.md, each problem named by its JSON pointer into the plan. A plan is valid when every stage
 * has a topic, every topic of a stage is asked about by a question of that stage, the questions fit the stage's
 * minutes, no question appears twice, a topic in several stages has one mustHave and minScore, no question is
 * retired, every topic exists, and 1 <= hire <= strongHire <= 4. Pure.
 */
public final class PlanValidator {
    private static final double EPSILON = 1e-9;

    private PlanValidator() {
    }

    public static List<FieldProblem> validate(PlanDraft plan) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!(1 - EPSILON <= plan.hireThreshold() && plan.hireThreshold() <= plan.strongHireThreshold() + EPSILON
                && plan.strongHireThreshold() <= 4 + EPSILON)) {
            problems.add(new FieldProblem("/policy", "needs 1 <= hireThreshold <= strongHireThreshold <= 4"));
        }
        if (plan.stages().isEmpty()) {
            problems.add(new FieldProblem("/stages", "a plan needs at least one stage"));
        }
        Map<UUID, Integer> firstStageOfQuestion = new HashMap<>();
        Map<String, PlanDraft.Topic> firstUseOfTopic = new HashMap<>();
        Map<String, Integer> firstStageOfTopic = new HashMap<>();
        for (int i = 0; i < plan.stages().size(); i++) {
            PlanDraft.Stage stage = plan.stages().get(i);
            String at = "/stages/" + i;
            checkTopics(stage, at, i, firstUseOfTopic, firstStageOfTopic, problems);
            checkQuestions(stage, at, i, firstStageOfQuestion, problems);
        }
        return List.copyOf(problems);
    }

    private static void checkTopics(PlanDraft.Stage stage, String at, int stageIndex,
                                    Map<String, PlanDraft.Topic> firstUse, Map<String, Integer> firstStage,
                                    List<FieldProblem> problems) {
        if (stage.topics().isEmpty()) {
            problems.add(new FieldProblem(at + "/topics", "a stage needs at least one topic"));
        }
        Set<String> asked = new HashSet<>();
        stage.questions().forEach(question -> asked.add(question.topicKey()));
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < stage.topics().size(); j++) {
            PlanDraft.Topic topic = stage.topics().get(j);
            String topicAt = at + "/topics/" + j;
            if (!topic.exists()) {
                problems.add(new FieldProblem(topicAt + "/topicKey", "names no topic of the bank"));
                continue;
            }
            if (!seen.add(topic.topicKey())) {
                problems.add(new FieldProblem(topicAt, topic.topicKey() + " appears twice in this stage"));
                continue;
            }
            if (!asked.contains(topic.topicKey())) {
                problems.add(new FieldProblem(topicAt, "no question of this stage asks about " + topic.topicKey()));
            }
            PlanDraft.Topic first = firstUse.putIfAbsent(topic.topicKey(), topic);
            if (first == null) {
                firstStage.put(topic.topicKey(), stageIndex);
            } else if (first.mustHave() != topic.mustHave() || first.minScore() != topic.minScore()) {
                problems.add(new FieldProblem(topicAt, topic.topicKey() + " must have the same mustHave and minScore"
                        + " in every stage; stage " + firstStage.get(topic.topicKey()) + " has mustHave "
                        + first.mustHave() + " and minScore " + first.minScore()));
            }
        }
    }

    private static void checkQuestions(PlanDraft.Stage stage, String at, int stageIndex,
                                       Map<UUID, Integer> firstStage, List<FieldProblem> problems) {
        int total = stage.questions().stream().mapToInt(PlanDraft.Question::minutes).sum();
        if (total > stage.minutes()) {
            problems.add(new FieldProblem(at + "/questions", "the questions take " + total
                    + " minutes but the stage has " + stage.minutes()));
        }
        for (int k = 0; k < stage.questions().size(); k++) {
            PlanDraft.Question question = stage.questions().get(k);
            String questionAt = at + "/questions/" + k;
            Integer earlier = firstStage.putIfAbsent(question.questionId(), stageIndex);
            if (earlier != null) {
                problems.add(new FieldProblem(questionAt, "this question appears twice in the plan (first in stage "
                        + earlier + ")"));
            }
            if (question.retired()) {
                problems.add(new FieldProblem(questionAt, "this question is retired; choose another"));
            }
        }
    }
}
