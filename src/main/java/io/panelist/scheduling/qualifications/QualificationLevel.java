package io.panelist.scheduling.qualifications;

/**
 * How far someone may judge a topic. QUALIFIED covers the topic on a panel; a TRAINEE sits on panels and scores, but
 * their scores in that topic count in no aggregate (see {@link TraineeRules}). Nothing recorded is neither: such a
 * person's scores count, but they do not cover the topic.
 */
public enum QualificationLevel {
    QUALIFIED,
    TRAINEE;

    /** The levels as the API spells them, for validating input bound as text. */
    static final String PATTERN = "QUALIFIED|TRAINEE";
}
