package io.panelist.recommendation.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * What rater severity does to a recommendation (DESIGN.md, version 2): a topic's calibratedMean is m[a,t] given the
 * stored severities, the mean over its scores of x - s[r], clamped to [1, 4]; and when calibration changes the
 * outcome, the interviewers whose severity moved the overall score most, named in plain words. Pure.
 */
public final class CalibrationEffect {
    /** Name at most this many interviewers, and only those who moved the score at least half as much as the most. */
    static final int NAMED_AT_MOST = 3;

    private CalibrationEffect() {
    }

    /** A topic's calibrated mean from its score groups; null without scores. */
    public static Double calibratedMean(List<Evidence.ScoreGroup> groups, Map<UUID, Double> severities) {
        int count = 0;
        double sum = 0;
        for (Evidence.ScoreGroup group : groups) {
            count += group.count();
            sum += group.sum() - group.count() * severities.getOrDefault(group.interviewerId(), 0.0);
        }
        return count == 0 ? null : Math.max(1.0, Math.min(4.0, sum / count));
    }

    /** How far an interviewer's severity moved the overall score (calibrated less raw, before clamping). */
    public record Shift(UUID interviewerId, double severity, double shift) {
    }

    /**
     * Each interviewer's shift of the overall score: over the topics with evidence, weight / total weight times
     * -count * s[r] / evidence; the largest first.
     */
    public static List<Shift> shifts(List<Verdict.TopicResult> topics, List<Evidence.ScoreGroup> groups,
                                     Map<UUID, Double> severities) {
        Map<String, Verdict.TopicResult> byKey = new HashMap<>();
        double weights = 0;
        for (Verdict.TopicResult topic : topics) {
            if (topic.evidence() > 0) {
                byKey.put(topic.topicKey(), topic);
                weights += topic.weight();
            }
        }
        Map<UUID, Double> shift = new HashMap<>();
        for (Evidence.ScoreGroup group : groups) {
            Verdict.TopicResult topic = byKey.get(group.topicKey());
            double severity = severities.getOrDefault(group.interviewerId(), 0.0);
            if (topic != null && weights > 0 && severity != 0) {
                shift.merge(group.interviewerId(),
                        topic.weight() / weights * -group.count() * severity / topic.evidence(), Double::sum);
            }
        }
        List<Shift> answer = new ArrayList<>();
        shift.forEach((id, moved) -> answer.add(new Shift(id, severities.get(id), moved)));
        answer.sort(Comparator.comparingDouble((Shift s) -> -Math.abs(s.shift())).thenComparing(Shift::interviewerId));
        return answer;
    }

    /** The interviewers to name: the largest shifts, at most three, each at least half the largest. */
    public static List<Shift> movedMost(List<Shift> shifts) {
        if (shifts.isEmpty()) {
            return List.of();
        }
        double largest = Math.abs(shifts.get(0).shift());
        return shifts.stream().filter(s -> Math.abs(s.shift()) >= largest / 2).limit(NAMED_AT_MOST).toList();
    }

    /**
     * "Ana usually scores 1.4 above the panel; without that adjustment this would be Hire." Names come from the
     * caller (display names by interviewer id).
     */
    public static String message(List<Shift> movedMost, Map<UUID, String> names, Outcome withoutCalibration) {
        if (movedMost.isEmpty()) {
            return "Adjusting for how leniently each interviewer scores changed this; without that adjustment this"
                    + " would be " + withoutCalibration.words() + ".";
        }
        List<String> parts = new ArrayList<>();
        for (Shift shift : movedMost) {
            String name = names.getOrDefault(shift.interviewerId(), "An interviewer");
            parts.add(name + " usually scores " + String.format(Locale.ROOT, "%.1f", Math.abs(shift.severity()))
                    + (shift.severity() > 0 ? " above" : " below") + " the panel");
        }
        String who = parts.size() <= 1 ? String.join("", parts)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        String adjustment = movedMost.size() == 1 ? "that adjustment" : "those adjustments";
        return who + "; without " + adjustment + " this would be " + withoutCalibration.words() + ".";
    }
}
