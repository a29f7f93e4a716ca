package io.panelist.recommendation.policy;

/** In ranking order: the best first. */
public enum Outcome {
    STRONG_HIRE("Strong hire"), HIRE("Hire"), NO_HIRE("No hire"), STRONG_NO_HIRE("Strong no hire"),
    INSUFFICIENT_EVIDENCE("Not enough evidence");

    private final String words;

    Outcome(String words) {
        this.words = words;
    }

    /** As a hiring manager reads it, on a page or in a mail. */
    public String words() {
        return words;
    }

    public boolean forHire() {
        return this == STRONG_HIRE || this == HIRE;
    }
}
