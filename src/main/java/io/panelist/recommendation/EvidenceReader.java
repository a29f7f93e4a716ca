package io.panelist.recommendation;

import io.panelist.plans.PlanResponse;
import io.panelist.plans.PlanService;
import io.panelist.shared.Texts;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Gathers the evidence for any number of applications in a constant number of queries: score groups, ballots and
 * pending scorecards for all of them at once, the shrunk biases of every interviewer involved, and one plan kit per
 * distinct plan.
 */
@Singleton
class EvidenceReader {
    private final RecommendationRepository aggregates;
    private final PlanService plans;

    EvidenceReader(RecommendationRepository aggregates, PlanService plans) {
        this.aggregates = aggregates;
        this.plans = plans;
    }

    /** @param planByApplication each application's pinned plan */
    Map<UUID, Evidence> read(Map<UUID, UUID> planByApplication) {
        if (planByApplication.isEmpty()) {
            return Map.of();
        }
        String[] ids = Texts.of(planByApplication.keySet());
        Map<UUID, List<Evidence.ScoreGroup>> groups = new HashMap<>();
        aggregates.scoreGroups(ids).forEach(row -> groups.computeIfAbsent(row.applicationId(), k -> new ArrayList<>())
                .add(new Evidence.ScoreGroup(row.topicKey(), row.stageId(), row.interviewerId(), row.count(), row.sum(),
                        row.min(), row.max())));
        Map<UUID, List<Evidence.Ballot>> ballots = new HashMap<>();
        aggregates.ballots(ids).forEach(row -> ballots.computeIfAbsent(row.applicationId(), k -> new ArrayList<>())
                .add(new Evidence.Ballot(row.scorecardId(), row.vote(), row.scoreCount(), row.scoreSum())));
        Map<UUID, Integer> pending = aggregates.pending(ids).stream().collect(Collectors.toMap(
                RecommendationRows.PendingRow::applicationId, RecommendationRows.PendingRow::pending));
        Map<UUID, Double> shrunkBias = shrunkBiases(groups.values().stream().flatMap(List::stream)
                .map(Evidence.ScoreGroup::interviewerId).distinct().toList());
        Map<UUID, PlanResponse> kits = new HashMap<>();
        planByApplication.values().stream().distinct()
                .forEach(planId -> plans.kit(planId).ifPresent(kit -> kits.put(planId, kit)));
        Map<UUID, Evidence> evidence = new LinkedHashMap<>();
        planByApplication.forEach((applicationId, planId) -> {
            PlanResponse kit = kits.get(planId);
            evidence.put(applicationId, new Evidence(kit.policy().hireThreshold(), kit.policy().strongHireThreshold(),
                    topicRules(kit), groups.getOrDefault(applicationId, List.of()),
                    ballots.getOrDefault(applicationId, List.of()), ballots.getOrDefault(applicationId, List.of()).size(),
                    pending.getOrDefault(applicationId, 0), shrunkBias));
        });
        return evidence;
    }

    /** Each interviewer's overall shrunk bias, from their calibration pairs across all positions. */
    Map<UUID, Double> shrunkBiases(Collection<UUID> interviewers) {
        if (interviewers.isEmpty()) {
            return Map.of();
        }
        Map<UUID, double[]> sums = new HashMap<>();
        aggregates.differences(Texts.of(interviewers)).forEach(row -> {
            double[] sum = sums.computeIfAbsent(row.interviewerId(), k -> new double[2]);
            sum[0] += row.sumOfDifferences();
            sum[1] += row.pairs();
        });
        Map<UUID, Double> biases = new HashMap<>();
        sums.forEach((id, sum) -> biases.put(id, Calibration.shrunkBias(sum[0], (int) sum[1])));
        return biases;
    }

    /** The plan's topics in first-appearance order, with their weight in each stage. */
    static List<Evidence.TopicRule> topicRules(PlanResponse kit) {
        Map<String, Map<UUID, Double>> weights = new LinkedHashMap<>();
        Map<String, PlanResponse.Topic> firstUse = new LinkedHashMap<>();
        for (PlanResponse.Stage stage : kit.stages()) {
            for (PlanResponse.Topic topic : stage.topics()) {
                weights.computeIfAbsent(topic.topicKey(), k -> new LinkedHashMap<>()).merge(stage.id(), topic.weight(), Double::sum);
                firstUse.putIfAbsent(topic.topicKey(), topic);
            }
        }
        return firstUse.values().stream().map(t -> new Evidence.TopicRule(t.topicKey(), t.mustHave(), t.minScore(),
                weights.get(t.topicKey()))).toList();
    }
}
