package io.panelist.recommendation.policy;

import io.panelist.plans.PlanResponse;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the decision policy weighs of a plan: its thresholds, and its topics with their weight in each stage; and
 * the key of each of its topics by id, which names the scores read by topic id.
 */
public record PlanRules(double hireThreshold, double strongHireThreshold, List<Evidence.TopicRule> topics,
                 Map<UUID, String> topicKeys) {

    public PlanRules {
        topics = List.copyOf(topics);
        topicKeys = Map.copyOf(topicKeys);
    }

    /** The plan's topics in first-appearance order, with their weight in each stage. */
    public static PlanRules of(PlanResponse kit) {
        Map<String, Map<UUID, Double>> weights = new LinkedHashMap<>();
        Map<String, PlanResponse.Topic> firstUse = new LinkedHashMap<>();
        Map<UUID, String> topicKeys = new HashMap<>();
        for (PlanResponse.Stage stage : kit.stages()) {
            for (PlanResponse.Topic topic : stage.topics()) {
                weights.computeIfAbsent(topic.topicKey(), k -> new LinkedHashMap<>()).merge(stage.id(), topic.weight(), Double::sum);
                firstUse.putIfAbsent(topic.topicKey(), topic);
                topicKeys.put(topic.topicId(), topic.topicKey());
            }
        }
        return new PlanRules(kit.policy().hireThreshold(), kit.policy().strongHireThreshold(), firstUse.values()
                .stream().map(t -> new Evidence.TopicRule(t.topicKey(), t.mustHave(), t.minScore(),
                        weights.get(t.topicKey()))).toList(), topicKeys);
    }
}
