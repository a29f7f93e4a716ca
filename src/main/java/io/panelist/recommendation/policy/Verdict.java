package io.panelist.recommendation.policy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the decision policy concludes, unrounded; answers round it. overallScore is calibrated for rater severity,
 * rawScore is the same weighting of the scores as given; interval (80%) and probabilityAtLeastHire are null, like
 * overallScore, without evidence. Pure data.
 */
public record Verdict(Outcome outcome, Double overallScore, Double rawScore, Uncertainty.Interval interval,
                      Double probabilityAtLeastHire, Confidence confidence, List<TopicResult> topics,
                      Map<String, Integer> votes, List<Note> reasons, List<Note> flags) {

    public record TopicResult(String topicKey, double weight, boolean mustHave, int minScore, int evidence,
                       Double mean, Double calibratedMean, Integer spread,
                       String status, Integer lowest) {
    }

    /**
     * A reason or a flag: a stable code, the topic when it has one, plain words for a hiring manager, and the
     * interviewer when it is about one.
     */
    public record Note(String code, String topicKey, String message, UUID interviewerId) {
        public Note(String code, String topicKey, String message) {
            this(code, topicKey, message, null);
        }
    }
}
