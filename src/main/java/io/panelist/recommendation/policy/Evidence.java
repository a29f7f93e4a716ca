package io.panelist.recommendation.policy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything the decision policy weighs for one application, already aggregated in SQL: per topic, stage and
 * interviewer the count, sum, minimum and maximum of the submitted scores; per submitted scorecard its vote and the
 * count and sum of its own scores; the rater severity estimate; the display names of the interviewers, for reasons
 * that name them (an interviewer without one is "An interviewer"). Pure data.
 */
public record Evidence(double hireThreshold, double strongHireThreshold, List<TopicRule> topics, List<ScoreGroup> groups,
                List<Ballot> ballots, int scorecardsSubmitted, int scorecardsPending, Severities severities,
                Map<UUID, String> interviewerNames) {

    public Evidence {
        topics = List.copyOf(topics);
        groups = List.copyOf(groups);
        ballots = List.copyOf(ballots);
        interviewerNames = Map.copyOf(interviewerNames);
    }

    /** A topic of the plan: must-have, minimum score, and its weight in each stage that assesses it. */
    public record TopicRule(String topicKey, boolean mustHave, int minScore, Map<UUID, Double> weightByStage) {
        public TopicRule {
            weightByStage = Map.copyOf(weightByStage);
        }
    }

    /** The scores one interviewer gave one topic in one stage (not-assessed topics give none). */
    public record ScoreGroup(String topicKey, UUID stageId, UUID interviewerId, int count, double sum, int min, int max) {
    }

    /** One submitted scorecard's vote and its own scores, for the vote/score mismatch. */
    public record Ballot(UUID scorecardId, String vote, int scoreCount, double scoreSum) {
        boolean forHire() {
            return "YES".equals(vote) || "STRONG_YES".equals(vote);
        }
    }
}
