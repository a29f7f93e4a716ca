package io.panelist.recommendation.policy;

import java.util.Map;
import java.util.UUID;

/**
 * The rater severity estimate a recommendation is decided with (DESIGN.md, version 2): s[r] of each interviewer
 * (neutral, 0, for one the estimate does not hold) and sigma2, the residual variance behind every standard error.
 */
public record Severities(Map<UUID, Double> byInterviewer, double sigma2) {
    /** Before any estimate: nobody's scores are adjusted, and sigma2 is the prior. */
    public static final Severities NONE = new Severities(Map.of(), 0.5);

    public Severities {
        byInterviewer = Map.copyOf(byInterviewer);
    }

    public double of(UUID interviewerId) {
        return byInterviewer.getOrDefault(interviewerId, 0.0);
    }
}
