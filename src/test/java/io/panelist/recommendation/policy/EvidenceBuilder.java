package io.panelist.recommendation.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the {@link Evidence} of one application the way the SQL aggregation does, so policy tests read like worked
 * examples: a plan of topics with their stage weights, then the submitted scorecards (stage, interviewer, vote and
 * the topic scores it gave; a topic it leaves out was "not assessed"). Scores are grouped per (topic, stage,
 * interviewer) into count, sum, min and max, and every scorecard becomes a ballot with the count and sum of its own
 * scores.
 */
final class EvidenceBuilder {
    static final UUID SCREEN = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID TECHNICAL = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final UUID DESIGN = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    static final UUID ALICE = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final UUID BOB = UUID.fromString("00000000-0000-0000-0000-000000000002");
    static final UUID CAROL = UUID.fromString("00000000-0000-0000-0000-000000000003");
    static final UUID DAN = UUID.fromString("00000000-0000-0000-0000-000000000004");

    private double hire = 3.0;
    private double strongHire = 3.5;
    private final List<Evidence.TopicRule> topics = new ArrayList<>();
    private final List<Card> cards = new ArrayList<>();
    private final Map<UUID, Double> severities = new LinkedHashMap<>();
    private final Map<UUID, String> names = new LinkedHashMap<>();
    private double sigma2 = Severities.NONE.sigma2();
    private int pending;

    record StageWeight(UUID stage, double weight) {
    }

    record Score(String topicKey, int value) {
    }

    private record Card(UUID stage, UUID interviewer, String vote, Map<String, Integer> scores) {
    }

    private record GroupKey(String topicKey, UUID stage, UUID interviewer) {
    }

    private EvidenceBuilder() {
    }

    /** A plan with the default policy: hire 3.0, strong hire 3.5. */
    static EvidenceBuilder plan() {
        return new EvidenceBuilder();
    }

    static StageWeight weight(UUID stage, double weight) {
        return new StageWeight(stage, weight);
    }

    static Score score(String topicKey, int value) {
        return new Score(topicKey, value);
    }

    EvidenceBuilder thresholds(double hire, double strongHire) {
        this.hire = hire;
        this.strongHire = strongHire;
        return this;
    }

    EvidenceBuilder mustHave(String topicKey, int minScore, StageWeight... weights) {
        return topic(topicKey, true, minScore, weights);
    }

    /** A topic that is not a must-have (minimum 1). */
    EvidenceBuilder topic(String topicKey, StageWeight... weights) {
        return topic(topicKey, false, 1, weights);
    }

    EvidenceBuilder topic(String topicKey, boolean mustHave, int minScore, StageWeight... weights) {
        Map<UUID, Double> byStage = new LinkedHashMap<>();
        for (StageWeight weight : weights) {
            byStage.put(weight.stage(), weight.weight());
        }
        topics.add(new Evidence.TopicRule(topicKey, mustHave, minScore, byStage));
        return this;
    }

    /** One submitted scorecard; topics it does not list were not assessed. */
    EvidenceBuilder scorecard(UUID stage, UUID interviewer, String vote, Score... scores) {
        Map<String, Integer> byTopic = new LinkedHashMap<>();
        Arrays.stream(scores).forEach(s -> byTopic.put(s.topicKey(), s.value()));
        return scorecard(stage, interviewer, vote, byTopic);
    }

    EvidenceBuilder scorecard(UUID stage, UUID interviewer, String vote, Map<String, Integer> scores) {
        cards.add(new Card(stage, interviewer, vote, new LinkedHashMap<>(scores)));
        return this;
    }

    EvidenceBuilder pending(int scorecards) {
        this.pending = scorecards;
        return this;
    }

    /** The interviewer's s[r] in the severity estimate (neutral, 0, unless given). */
    EvidenceBuilder severity(UUID interviewer, double severity) {
        severities.put(interviewer, severity);
        return this;
    }

    /** The estimate's residual variance (the prior 0.5 unless given). */
    EvidenceBuilder sigma2(double sigma2) {
        this.sigma2 = sigma2;
        return this;
    }

    EvidenceBuilder named(UUID interviewer, String displayName) {
        names.put(interviewer, displayName);
        return this;
    }

    Evidence build() {
        Map<GroupKey, int[]> groups = new LinkedHashMap<>(); // count, sum, min, max
        List<Evidence.Ballot> ballots = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            Card card = cards.get(i);
            int count = 0;
            int sum = 0;
            for (Map.Entry<String, Integer> entry : card.scores().entrySet()) {
                int x = entry.getValue();
                int[] g = groups.computeIfAbsent(new GroupKey(entry.getKey(), card.stage(), card.interviewer()),
                        k -> new int[] {0, 0, Integer.MAX_VALUE, Integer.MIN_VALUE});
                g[0]++;
                g[1] += x;
                g[2] = Math.min(g[2], x);
                g[3] = Math.max(g[3], x);
                count++;
                sum += x;
            }
            ballots.add(new Evidence.Ballot(new UUID(1, i), card.vote(), count, sum));
        }
        List<Evidence.ScoreGroup> scoreGroups = new ArrayList<>();
        groups.forEach((k, g) -> scoreGroups.add(
                new Evidence.ScoreGroup(k.topicKey(), k.stage(), k.interviewer(), g[0], g[1], g[2], g[3])));
        return new Evidence(hire, strongHire, topics, scoreGroups, ballots, cards.size(), pending,
                new Severities(severities, sigma2), names);
    }

    Verdict decide() {
        return DecisionPolicy.decide(build());
    }

    /** Notes as "CODE" or "CODE:topicKey", for short assertions. */
    static List<String> codes(List<Verdict.Note> notes) {
        return notes.stream().map(n -> n.topicKey() == null ? n.code() : n.code() + ":" + n.topicKey()).toList();
    }

    static Verdict.TopicResult topicResult(Verdict verdict, String topicKey) {
        return verdict.topics().stream().filter(t -> t.topicKey().equals(topicKey)).findFirst().orElseThrow();
    }
}
