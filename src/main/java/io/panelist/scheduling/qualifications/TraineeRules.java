package io.panelist.scheduling.qualifications;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * What of a trainee's scorecard counts in aggregates (recommendations, rankings, calibration, reliability), given the
 * topics in which its panelist is an explicit TRAINEE. Recommendations say the same in SQL (recommendation.EvidenceSql
 * and the calibration function of V22); this is the rule for everything read in Java. Pure.
 */
public final class TraineeRules {
    private TraineeRules() {
    }

    /** A score counts unless its panelist is a TRAINEE in its topic: per topic, nothing recorded counts. */
    public static boolean scoreCounts(Set<UUID> traineeTopics, UUID topicId) {
        return !traineeTopics.contains(topicId);
    }

    /**
     * A scorecard's vote counts unless its panelist is a TRAINEE in every topic of the scorecard's stage: whoever is
     * qualified, or has nothing recorded, in any topic of the round is a full member of that panel.
     */
    public static boolean voteCounts(Set<UUID> traineeTopics, Collection<UUID> stageTopicIds) {
        return stageTopicIds.isEmpty() || !traineeTopics.containsAll(stageTopicIds);
    }
}
