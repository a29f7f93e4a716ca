package io.panelist.scoring.sheet;

/** A panelist's overall call. YES and STRONG_YES are on the hire side. */
public enum Vote {
    STRONG_NO, NO, YES, STRONG_YES;

    public boolean forHire() {
        return this == YES || this == STRONG_YES;
    }
}
