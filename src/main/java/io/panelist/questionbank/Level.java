package io.panelist.questionbank;

/** Seniority a question (or a position) is aimed at. */
public enum Level {
    JUNIOR, MID, SENIOR
}
