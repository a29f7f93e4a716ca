package io.panelist.recommendation;

import io.micronaut.core.annotation.Nullable;
import io.panelist.recommendation.policy.Confidence;
import io.panelist.recommendation.policy.Outcome;
import io.panelist.recommendation.policy.Verdict;

/**
 * What a ranking shows of a verdict: the outcome, the unrounded overall score, the confidence and how many flags
 * the debrief has. Stored per application (application_verdicts) for the evidence version it was decided on.
 */
record VerdictSummary(Outcome outcome, @Nullable Double overallScore, Confidence confidence, int flagCount) {

    static VerdictSummary of(Verdict verdict) {
        return new VerdictSummary(verdict.outcome(), verdict.overallScore(), verdict.confidence(),
                verdict.flags().size());
    }
}
