package io.panelist.plans;

/** What a round is; TAKE_HOME is an exercise done at home and reviewed with the candidate in a scheduled slot. */
public enum StageKind {
    SCREEN, TECHNICAL, DESIGN, BEHAVIORAL, TAKE_HOME
}
