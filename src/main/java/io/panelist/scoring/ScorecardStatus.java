package io.panelist.scoring;

public enum ScorecardStatus {
    DRAFT, SUBMITTED
}
