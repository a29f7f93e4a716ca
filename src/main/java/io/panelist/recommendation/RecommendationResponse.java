package io.panelist.recommendation;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.panelist.recommendation.policy.Confidence;
import io.panelist.recommendation.policy.Outcome;
import io.panelist.recommendation.policy.Verdict;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The recommendation for an application, in the shape DESIGN.md fixes (version 2); numbers rounded as it says:
 * scores and interval ends to 2 decimals, the probability to 4.
 */
@Serdeable
public record RecommendationResponse(UUID applicationId, Outcome outcome, @Nullable Double overallScore,
                                     @Nullable Double rawScore, @Nullable Interval interval,
                                     @Nullable Double probabilityAtLeastHire,
                                     Confidence confidence, int scorecardsSubmitted, int scorecardsPending,
                                     List<Topic> topics, Map<String, Integer> votes, List<Note> reasons,
                                     List<Note> flags, CalibrationState calibration) {

    /**
     * The rater severity estimate the answer was read with: when it was made (null: none yet), and whether it
     * includes every submission and amendment so far (false while one is waiting for the next re-estimate).
     */
    @Serdeable
    public record CalibrationState(@Nullable Instant asOf, boolean current) {
    }

    /** Where the overall score lies with 80% certainty. */
    @Serdeable
    public record Interval(double low, double high) {
    }

    @Serdeable
    public record Topic(String topicKey, double weight, boolean mustHave, int minScore, int evidence,
                        @Nullable Double mean, @Nullable Double calibratedMean, @Nullable Integer spread,
                        String status) {
    }

    /** A reason or a flag; interviewerId names the interviewer a flag is about (null for the others). */
    @Serdeable
    public record Note(String code, @Nullable String topicKey, String message, @Nullable UUID interviewerId) {
        @Creator
        public Note {
        }

        public Note(String code, @Nullable String topicKey, String message) {
            this(code, topicKey, message, null);
        }
    }

    static RecommendationResponse of(UUID applicationId, Verdict verdict, int submitted, int pending,
                                     CalibrationState calibration) {
        return new RecommendationResponse(applicationId, verdict.outcome(), round(verdict.overallScore(), 2),
                round(verdict.rawScore(), 2), verdict.interval() == null ? null
                        : new Interval(round(verdict.interval().low(), 2), round(verdict.interval().high(), 2)),
                round(verdict.probabilityAtLeastHire(), 4), verdict.confidence(), submitted, pending,
                verdict.topics().stream().map(t -> new Topic(t.topicKey(), t.weight(), t.mustHave(), t.minScore(),
                        t.evidence(), round(t.mean(), 2), round(t.calibratedMean(), 2), t.spread(), t.status()))
                        .toList(), verdict.votes(),
                notes(verdict.reasons()), notes(verdict.flags()), calibration);
    }

    /** The same recommendation with flags added after those of the verdict. */
    RecommendationResponse withFlags(List<Verdict.Note> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Note> all = new ArrayList<>(flags);
        all.addAll(notes(more));
        return new RecommendationResponse(applicationId, outcome, overallScore, rawScore, interval,
                probabilityAtLeastHire, confidence, scorecardsSubmitted,
                scorecardsPending, topics, votes, reasons, all, calibration);
    }

    public static Double round(@Nullable Double value, int places) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }

    private static List<Note> notes(List<Verdict.Note> notes) {
        return notes.stream().map(n -> new Note(n.code(), n.topicKey(), n.message(), n.interviewerId())).toList();
    }
}
