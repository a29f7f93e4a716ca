package io.panelist.plans.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Per topic: which stages assess it, their total weight, how many questions ask about it, must-have or not. Pure. */
public final class PlanCoverage {
    private PlanCoverage() {
    }

    public record Entry(String topicKey, List<String> stages, double totalWeight, int questions, boolean mustHave) {
    }

    public static List<Entry> of(PlanDraft plan) {
        Map<String, List<String>> stages = new LinkedHashMap<>();
        Map<String, Double> weight = new LinkedHashMap<>();
        Map<String, Integer> questions = new LinkedHashMap<>();
        Map<String, Boolean> mustHave = new LinkedHashMap<>();
        for (PlanDraft.Stage stage : plan.stages()) {
            for (PlanDraft.Topic topic : stage.topics()) {
                stages.computeIfAbsent(topic.topicKey(), k -> new ArrayList<>()).add(stage.name());
                weight.merge(topic.topicKey(), topic.weight(), Double::sum);
                mustHave.merge(topic.topicKey(), topic.mustHave(), Boolean::logicalOr);
            }
            for (PlanDraft.Question question : stage.questions()) {
                questions.merge(question.topicKey(), 1, Integer::sum);
            }
        }
        return stages.keySet().stream().map(key -> new Entry(key, List.copyOf(stages.get(key)), weight.get(key),
                questions.getOrDefault(key, 0), mustHave.get(key))).toList();
    }
}
