package io.panelist.recommendation.policy;

public enum Confidence {
    LOW, MEDIUM, HIGH
}
