package io.panelist.recommendation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One application's submitted scores, summed as they are read: per topic, stage and interviewer (the score groups)
 * and per scorecard (the ballots). A scorecard that scored nothing still casts its ballot.
 */
final class ScoreTally {
    private final Map<GroupKey, Sums> groups = new LinkedHashMap<>();
    private final Map<UUID, Card> cards = new LinkedHashMap<>();

    private record GroupKey(UUID topicId, UUID stageId, UUID interviewerId) {
    }

    private static final class Sums {
        int count;
        long sum;
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;

        void add(int score) {
            count++;
            sum += score;
            min = Math.min(min, score);
            max = Math.max(max, score);
        }
    }

    /** A submitted scorecard of the application, to which its scores are added. */
    final class Card {
        private final String vote;
        private final UUID stageId;
        private final UUID interviewerId;
        private final Sums scores = new Sums();

        private Card(String vote, UUID stageId, UUID interviewerId) {
            this.vote = vote;
            this.stageId = stageId;
            this.interviewerId = interviewerId;
        }

        void score(UUID topicId, int score) {
            scores.add(score);
            groups.computeIfAbsent(new GroupKey(topicId, stageId, interviewerId), key -> new Sums()).add(score);
        }
    }

    /** The scorecard, counted once however many of its rows are read. */
    Card scorecard(UUID scorecardId, String vote, UUID stageId, UUID interviewerId) {
        return cards.computeIfAbsent(scorecardId, id -> new Card(vote, stageId, interviewerId));
    }

    /**
     * The score groups, each named by its topic's key. Every score is on a topic of the application's plan (a
     * scorecard scores only its stage's topics, and the stage is of the plan), so the plan's keys name them all.
     */
    List<Evidence.ScoreGroup> groups(Map<UUID, String> topicKeys) {
        List<Evidence.ScoreGroup> answer = new ArrayList<>(groups.size());
        groups.forEach((key, sums) -> answer.add(new Evidence.ScoreGroup(topicKeys.get(key.topicId()), key.stageId(),
                key.interviewerId(), sums.count, sums.sum, sums.min, sums.max)));
        return answer;
    }

    List<Evidence.Ballot> ballots() {
        List<Evidence.Ballot> answer = new ArrayList<>(cards.size());
        cards.forEach((id, card) -> answer.add(new Evidence.Ballot(id, card.vote, card.scores.count, card.scores.sum)));
        return answer;
    }
}
