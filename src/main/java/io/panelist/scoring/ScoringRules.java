package io.panelist.scoring;

final class ScoringRules {
    static final int NOTES_MAX = 10_000;

    private ScoringRules() {
    }
}
