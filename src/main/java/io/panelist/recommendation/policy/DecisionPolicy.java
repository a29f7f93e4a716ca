package io.panelist.recommendation.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The recommendation rules of DESIGN.md, exactly. Rules compare unrounded values with a 1e-9 tolerance. Pure: no
 * framework, no database; every rule is a named method.
 */
public final class DecisionPolicy {
    static final double TOLERANCE = 1e-9;
    static final double NO_HIRE_FLOOR = 2.0;

    private DecisionPolicy() {
    }

    public static Verdict decide(Evidence evidence) {
        Map<String, List<Evidence.ScoreGroup>> groups = groupsByTopic(evidence.groups());
        List<Verdict.TopicResult> topics = evidence.topics().stream().map(t -> topicResult(t,
                groups.getOrDefault(t.topicKey(), List.of()), evidence.shrunkBiasByInterviewer())).toList();
        Double overall = overallScore(topics);
        List<Verdict.Note> flags = DebriefFlags.flags(evidence, topics);
        List<Verdict.Note> reasons = new ArrayList<>();
        Outcome outcome = outcome(evidence, topics, overall, reasons);
        Confidence confidence = DebriefFlags.confidence(topics, flags);
        return new Verdict(outcome, overall, confidence, topics, votes(evidence), reasons, flags);
    }

    /** The score groups of each topic, in their order. */
    private static Map<String, List<Evidence.ScoreGroup>> groupsByTopic(List<Evidence.ScoreGroup> groups) {
        Map<String, List<Evidence.ScoreGroup>> byTopic = new HashMap<>();
        for (Evidence.ScoreGroup group : groups) {
            byTopic.computeIfAbsent(group.topicKey(), k -> new ArrayList<>()).add(group);
        }
        return byTopic;
    }

    /**
     * Evidence, mean, spread, calibrated mean, and the weight summed over the stages that gave evidence, from the
     * topic's score groups.
     */
    static Verdict.TopicResult topicResult(Evidence.TopicRule rule, List<Evidence.ScoreGroup> groups,
                                           Map<UUID, Double> shrunkBiasByInterviewer) {
        int count = 0;
        double sum = 0;
        double calibratedSum = 0;
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        Map<UUID, Boolean> stagesWithEvidence = new LinkedHashMap<>();
        for (Evidence.ScoreGroup group : groups) {
            if (group.count() > 0) {
                count += group.count();
                sum += group.sum();
                calibratedSum += group.sum() - group.count()
                        * shrunkBiasByInterviewer.getOrDefault(group.interviewerId(), 0.0);
                min = Math.min(min, group.min());
                max = Math.max(max, group.max());
                stagesWithEvidence.put(group.stageId(), true);
            }
        }
        double weight = stagesWithEvidence.keySet().stream()
                .mapToDouble(stage -> rule.weightByStage().getOrDefault(stage, 0.0)).sum();
        if (count == 0) {
            return new Verdict.TopicResult(rule.topicKey(), weight, rule.mustHave(), rule.minScore(), 0, null, null,
                    null, "NO_EVIDENCE", null);
        }
        double mean = sum / count;
        double calibrated = Math.max(1.0, Math.min(4.0, calibratedSum / count));
        String status = rule.mustHave() && below(mean, rule.minScore()) ? "BELOW_MIN" : "MET";
        return new Verdict.TopicResult(rule.topicKey(), weight, rule.mustHave(), rule.minScore(), count, mean,
                calibrated, max - min, status, min);
    }

    /** The weighted mean of the topic means, over topics with evidence; null when none has any. */
    static Double overallScore(List<Verdict.TopicResult> topics) {
        double weighted = 0;
        double weights = 0;
        for (Verdict.TopicResult topic : topics) {
            if (topic.evidence() > 0) {
                weighted += topic.weight() * topic.mean();
                weights += topic.weight();
            }
        }
        return weights > 0 ? weighted / weights : null;
    }

    private static Outcome outcome(Evidence evidence, List<Verdict.TopicResult> topics, Double overall,
                                   List<Verdict.Note> reasons) {
        if (insufficient(evidence, topics, reasons)) {
            return Outcome.INSUFFICIENT_EVIDENCE;
        }
        if (overall == null) {
            // scores only from stages that give their topics no weight: nothing to weigh (valid plans cannot get here)
            reasons.add(note("NO_EVIDENCE", null, "The submitted scores carry no weight in this plan."));
            return Outcome.INSUFFICIENT_EVIDENCE;
        }
        if (mustHaveFailed(topics, reasons)) {
            if (below(overall, NO_HIRE_FLOOR)) {
                reasons.add(note("OVERALL_BELOW_TWO", null, "The overall score of " + format(overall)
                        + " is below 2.0, so a must-have failure makes this a strong no hire."));
                return Outcome.STRONG_NO_HIRE;
            }
            return Outcome.NO_HIRE;
        }
        return byScore(evidence, overall, reasons);
    }

    /** No submitted scorecard, no topic with evidence, or a must-have topic without evidence. */
    static boolean insufficient(Evidence evidence, List<Verdict.TopicResult> topics, List<Verdict.Note> reasons) {
        int before = reasons.size();
        if (evidence.scorecardsSubmitted() == 0) {
            reasons.add(note("NO_SUBMITTED_SCORECARDS", null, "No scorecard has been submitted yet."));
        } else if (topics.stream().noneMatch(t -> t.evidence() > 0)) {
            reasons.add(note("NO_EVIDENCE", null, "The submitted scorecards score no topic of the plan."));
        }
        for (Verdict.TopicResult topic : topics) {
            if (topic.mustHave() && topic.evidence() == 0) {
                reasons.add(note("MUST_HAVE_WITHOUT_EVIDENCE", topic.topicKey(), "Must-have topic "
                        + topic.topicKey() + " has no score yet; an offer needs evidence of it."));
            }
        }
        return reasons.size() > before;
    }

    /** A must-have topic whose mean is below its minimum, or that anyone scored 1. */
    static boolean mustHaveFailed(List<Verdict.TopicResult> topics, List<Verdict.Note> reasons) {
        int before = reasons.size();
        for (Verdict.TopicResult topic : topics) {
            if (!topic.mustHave() || topic.evidence() == 0) {
                continue;
            }
            if (below(topic.mean(), topic.minScore())) {
                reasons.add(note("MUST_HAVE_BELOW_MIN", topic.topicKey(), "Must-have topic " + topic.topicKey()
                        + " averages " + format(topic.mean()) + ", below its minimum of " + topic.minScore() + "."));
            }
            if (scoredOne(topic)) {
                reasons.add(note("MUST_HAVE_SCORED_ONE", topic.topicKey(), "Someone scored must-have topic "
                        + topic.topicKey() + " a 1 (strong no)."));
            }
        }
        return reasons.size() > before;
    }

    private static boolean scoredOne(Verdict.TopicResult topic) {
        return topic.lowest() != null && topic.lowest() == 1;
    }

    private static Outcome byScore(Evidence evidence, double overall, List<Verdict.Note> reasons) {
        if (atLeast(overall, evidence.strongHireThreshold())) {
            reasons.add(note("ABOVE_STRONG_HIRE_THRESHOLD", null, "The overall score of " + format(overall)
                    + " meets the strong-hire threshold of " + format(evidence.strongHireThreshold()) + "."));
            return Outcome.STRONG_HIRE;
        }
        if (atLeast(overall, evidence.hireThreshold())) {
            reasons.add(note("ABOVE_HIRE_THRESHOLD", null, "The overall score of " + format(overall)
                    + " meets the hire threshold of " + format(evidence.hireThreshold()) + "."));
            return Outcome.HIRE;
        }
        if (atLeast(overall, NO_HIRE_FLOOR)) {
            reasons.add(note("BELOW_HIRE_THRESHOLD", null, "The overall score of " + format(overall)
                    + " is below the hire threshold of " + format(evidence.hireThreshold()) + "."));
            return Outcome.NO_HIRE;
        }
        reasons.add(note("OVERALL_BELOW_TWO", null, "The overall score of " + format(overall) + " is below 2.0."));
        return Outcome.STRONG_NO_HIRE;
    }

    static Map<String, Integer> votes(Evidence evidence) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (String vote : List.of("STRONG_NO", "NO", "YES", "STRONG_YES")) {
            votes.put(vote, (int) evidence.ballots().stream().filter(b -> b.vote().equals(vote)).count());
        }
        return votes;
    }

    static boolean below(double value, double limit) {
        return value < limit - TOLERANCE;
    }

    static boolean atLeast(double value, double limit) {
        return value >= limit - TOLERANCE;
    }

    private static Verdict.Note note(String code, String topicKey, String message) {
        return new Verdict.Note(code, topicKey, message);
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
