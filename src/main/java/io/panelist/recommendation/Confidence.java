package io.panelist.recommendation;

public enum Confidence {
    LOW, MEDIUM, HIGH
}
