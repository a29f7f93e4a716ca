package io.panelist.recommendation.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The recommendation rules of DESIGN.md, version 2, exactly: Part 1's outcome rules on the topics' means calibrated
 * for rater severity, with the outcome the scores as given would have had, how sure it is, and the confidence that
 * follows. Rules compare unrounded values with a 1e-9 tolerance. Pure: no framework, no database; every rule is a
 * named method.
 */
public final class DecisionPolicy {
    static final double TOLERANCE = 1e-9;
    static final double NO_HIRE_FLOOR = 2.0;
    public static final String CALIBRATION_CHANGED_OUTCOME = "CALIBRATION_CHANGED_OUTCOME";
    public static final String SCORECARDS_PENDING = "SCORECARDS_PENDING";

    private DecisionPolicy() {
    }

    /**
     * Which means the outcome rules read: the calibrated ones decide; the raw ones (Part 1) say what the outcome
     * would have been without calibration. "A must-have topic got a 1" reads the scores as given either way.
     */
    private enum Means {
        CALIBRATED(Verdict.TopicResult::calibratedMean), RAW(Verdict.TopicResult::mean);

        final Function<Verdict.TopicResult, Double> of;

        Means(Function<Verdict.TopicResult, Double> of) {
            this.of = of;
        }
    }

    public static Verdict decide(Evidence evidence) {
        Map<String, List<Evidence.ScoreGroup>> groups = groupsByTopic(evidence.groups());
        List<Verdict.TopicResult> topics = evidence.topics().stream().map(t -> topicResult(t,
                groups.getOrDefault(t.topicKey(), List.of()), evidence.severities())).toList();
        Double overall = overallScore(topics, Means.CALIBRATED);
        Double raw = overallScore(topics, Means.RAW);
        List<Verdict.Note> flags = DebriefFlags.flags(evidence, topics);
        List<Verdict.Note> reasons = new ArrayList<>();
        Outcome outcome = outcome(evidence, topics, overall, Means.CALIBRATED, reasons);
        Outcome withoutCalibration = outcome(evidence, topics, raw, Means.RAW, new ArrayList<>());
        if (outcome != withoutCalibration) {
            reasons.add(calibrationChangedOutcome(evidence, topics, withoutCalibration));
        }
        if (evidence.scorecardsPending() > 0) {
            reasons.add(scorecardsPending(evidence.scorecardsPending()));
        }
        double sigma2 = evidence.severities().sigma2();
        Uncertainty.Interval interval = null;
        Double probability = null;
        double sideProbability = 0;
        if (overall != null) {
            double se = Uncertainty.overallStandardError(sigma2, topics.stream()
                    .map(t -> new Uncertainty.Weighted(t.weight(), t.evidence())).toList());
            interval = Uncertainty.interval(overall, se);
            probability = Uncertainty.probabilityAtLeast(overall, evidence.hireThreshold(), se);
            sideProbability = CalibratedConfidence.sideProbability(outcome, probability,
                    failedMustHaves(topics, sigma2));
        }
        Confidence confidence = CalibratedConfidence.of(outcome, DebriefFlags.mustHaveThin(topics),
                DebriefFlags.mustHaveDisputed(topics, flags), DebriefFlags.anyDisagreement(flags),
                evidence.scorecardsPending(), sideProbability);
        return new Verdict(outcome, overall, raw, interval, probability, confidence, topics, votes(evidence), reasons,
                flags);
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
     * Evidence, mean, spread, calibrated mean (m[a,t] given the severities, clamped to [1, 4]), and the weight summed
     * over the stages that gave evidence, from the topic's score groups. BELOW_MIN compares the calibrated mean.
     */
    static Verdict.TopicResult topicResult(Evidence.TopicRule rule, List<Evidence.ScoreGroup> groups,
                                           Severities severities) {
        int count = 0;
        double sum = 0;
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        Map<UUID, Boolean> stagesWithEvidence = new LinkedHashMap<>();
        for (Evidence.ScoreGroup group : groups) {
            if (group.count() > 0) {
                count += group.count();
                sum += group.sum();
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
        double calibrated = CalibrationEffect.calibratedMean(groups, severities.byInterviewer());
        String status = rule.mustHave() && below(calibrated, rule.minScore()) ? "BELOW_MIN" : "MET";
        return new Verdict.TopicResult(rule.topicKey(), weight, rule.mustHave(), rule.minScore(), count, mean,
                calibrated, max - min, status, min);
    }

    /** The weighted mean of the topics' means (calibrated or raw), over topics with evidence; null without any. */
    private static Double overallScore(List<Verdict.TopicResult> topics, Means means) {
        double weighted = 0;
        double weights = 0;
        for (Verdict.TopicResult topic : topics) {
            if (topic.evidence() > 0) {
                weighted += topic.weight() * means.of.apply(topic);
                weights += topic.weight();
            }
        }
        return weights > 0 ? weighted / weights : null;
    }

    private static Outcome outcome(Evidence evidence, List<Verdict.TopicResult> topics, Double overall, Means means,
                                   List<Verdict.Note> reasons) {
        if (insufficient(evidence, topics, reasons)) {
            return Outcome.INSUFFICIENT_EVIDENCE;
        }
        if (overall == null) {
            // scores only from stages that give their topics no weight: nothing to weigh (valid plans cannot get here)
            reasons.add(note("NO_EVIDENCE", null, "The submitted scores carry no weight in this plan."));
            return Outcome.INSUFFICIENT_EVIDENCE;
        }
        if (mustHaveFailed(topics, means, reasons)) {
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

    /** A must-have topic whose mean (calibrated or raw) is below its minimum, or that anyone scored 1. */
    private static boolean mustHaveFailed(List<Verdict.TopicResult> topics, Means means, List<Verdict.Note> reasons) {
        int before = reasons.size();
        for (Verdict.TopicResult topic : topics) {
            if (!topic.mustHave() || topic.evidence() == 0) {
                continue;
            }
            double mean = means.of.apply(topic);
            if (below(mean, topic.minScore())) {
                reasons.add(note("MUST_HAVE_BELOW_MIN", topic.topicKey(), "Must-have topic " + topic.topicKey()
                        + " averages " + format(mean) + asScored(topic, means) + ", below its minimum of "
                        + topic.minScore() + "."));
            }
            if (scoredOne(topic)) {
                reasons.add(note("MUST_HAVE_SCORED_ONE", topic.topicKey(), "Someone scored must-have topic "
                        + topic.topicKey() + " a 1 (strong no)."));
            }
        }
        return reasons.size() > before;
    }

    /** When the calibrated mean is not the raw one as a reader sees them: the raw one, in words. */
    private static String asScored(Verdict.TopicResult topic, Means means) {
        if (means == Means.RAW || format(topic.mean()).equals(format(topic.calibratedMean()))) {
            return "";
        }
        return " adjusted for rater severity (" + format(topic.mean()) + " as scored)";
    }

    private static boolean scoredOne(Verdict.TopicResult topic) {
        return topic.lowest() != null && topic.lowest() == 1;
    }

    /** The must-have topics the Part 1 rule fails on calibrated means, each with its standard error. */
    private static List<CalibratedConfidence.FailedMustHave> failedMustHaves(List<Verdict.TopicResult> topics,
                                                                             double sigma2) {
        List<CalibratedConfidence.FailedMustHave> failed = new ArrayList<>();
        for (Verdict.TopicResult topic : topics) {
            if (topic.mustHave() && topic.evidence() > 0
                    && (below(topic.calibratedMean(), topic.minScore()) || scoredOne(topic))) {
                failed.add(new CalibratedConfidence.FailedMustHave(topic.minScore(), topic.calibratedMean(),
                        Uncertainty.topicStandardError(sigma2, topic.evidence()), scoredOne(topic)));
            }
        }
        return failed;
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

    /** Names the interviewers whose severity moved the overall score most, and the outcome without calibration. */
    private static Verdict.Note calibrationChangedOutcome(Evidence evidence, List<Verdict.TopicResult> topics,
                                                         Outcome withoutCalibration) {
        List<CalibrationEffect.Shift> movedMost = CalibrationEffect.movedMost(CalibrationEffect.shifts(topics,
                evidence.groups(), evidence.severities().byInterviewer()));
        return note(CALIBRATION_CHANGED_OUTCOME, null, CalibrationEffect.message(movedMost,
                evidence.interviewerNames(), withoutCalibration));
    }

    private static Verdict.Note scorecardsPending(int pending) {
        return note(SCORECARDS_PENDING, null, pending == 1
                ? "One scorecard is still to be submitted: the recommendation may change when it is."
                : pending + " scorecards are still to be submitted: the recommendation may change when they are.");
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
