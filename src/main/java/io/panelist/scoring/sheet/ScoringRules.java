package io.panelist.scoring.sheet;

public final class ScoringRules {
    public static final int NOTES_MAX = 10_000;

    private ScoringRules() {
    }
}
