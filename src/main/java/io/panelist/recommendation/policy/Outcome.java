package io.panelist.recommendation.policy;

/** In ranking order: the best first. */
public enum Outcome {
    STRONG_HIRE, HIRE, NO_HIRE, STRONG_NO_HIRE, INSUFFICIENT_EVIDENCE;

    public boolean forHire() {
        return this == STRONG_HIRE || this == HIRE;
    }
}
