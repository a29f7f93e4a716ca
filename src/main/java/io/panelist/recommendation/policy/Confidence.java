package io.panelist.recommendation.policy;

public enum Confidence {
    LOW("Low confidence"), MEDIUM("Medium confidence"), HIGH("High confidence");

    private final String words;

    Confidence(String words) {
        this.words = words;
    }

    /** As a hiring manager reads it, on a page or in a mail. */
    public String words() {
        return words;
    }
}
