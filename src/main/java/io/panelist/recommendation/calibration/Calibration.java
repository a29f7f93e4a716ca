package io.panelist.recommendation.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Calibration of an interviewer (DESIGN.md): for each score x they gave on an (application, topic) that others also
 * scored, d = x - mean(the others' scores on it). bias = mean(d); shrunkBias = sum(d) / (n + 5), so a few pairs
 * move it little; both 0 without pairs. Pure.
 */
public final class Calibration {
    static final int SHRINKAGE = 5;

    private Calibration() {
    }

    /** One pair: the topic and d. */
    record Pair(String topicKey, double difference) {
    }

    record Stats(int pairs, double bias, double shrunkBias) {
    }

    record Result(int pairs, double bias, double shrunkBias, int scoresGiven, Map<String, Stats> byTopic) {
    }

    /** Pairs already summed per topic in SQL: how many, and the sum of their differences. */
    record TopicSum(String topicKey, int pairs, double sumOfDifferences) {
    }

    static Result fromSums(List<TopicSum> sums, int scoresGiven) {
        Map<String, Stats> topics = new LinkedHashMap<>();
        int n = 0;
        double total = 0;
        for (TopicSum sum : sums) {
            topics.put(sum.topicKey(), new Stats(sum.pairs(), sum.pairs() == 0 ? 0.0 : sum.sumOfDifferences() / sum.pairs(),
                    shrunkBias(sum.sumOfDifferences(), sum.pairs())));
            n += sum.pairs();
            total += sum.sumOfDifferences();
        }
        return new Result(n, n == 0 ? 0.0 : total / n, shrunkBias(total, n), scoresGiven, topics);
    }

    static Result of(List<Pair> pairs, int scoresGiven) {
        Map<String, List<Double>> byTopic = new LinkedHashMap<>();
        List<Double> all = new ArrayList<>();
        for (Pair pair : pairs) {
            byTopic.computeIfAbsent(pair.topicKey(), k -> new ArrayList<>()).add(pair.difference());
            all.add(pair.difference());
        }
        Map<String, Stats> topics = new LinkedHashMap<>();
        byTopic.forEach((topic, differences) -> topics.put(topic, stats(differences)));
        Stats overall = stats(all);
        return new Result(overall.pairs(), overall.bias(), overall.shrunkBias(), scoresGiven, topics);
    }

    static Stats stats(List<Double> differences) {
        int n = differences.size();
        if (n == 0) {
            return new Stats(0, 0.0, 0.0);
        }
        double sum = differences.stream().mapToDouble(Double::doubleValue).sum();
        return new Stats(n, sum / n, sum / (n + SHRINKAGE));
    }

    /** shrunkBias from the sum and count of an interviewer's differences. */
    public static double shrunkBias(double sumOfDifferences, int pairs) {
        return pairs == 0 ? 0.0 : sumOfDifferences / (pairs + SHRINKAGE);
    }
}
