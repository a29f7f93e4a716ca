package io.panelist.recommendation;

/**
 * The SQL behind recommendations, for one application or for every application of a position. Each set is sent in
 * one round trip: the applications, every submitted score, and the calibration of whoever submitted.
 */
final class EvidenceSql {
    private EvidenceSql() {
    }

    /**
     * Whether the viewer (bound here) sits on application a's panel with a scorecard still to submit: the rule of
     * RecommendationRepository.BLIND.
     */
    static final String AWAITS_OWN_SCORECARDS = """
        EXISTS (SELECT 1 FROM interviews bi JOIN interview_panelists bp ON bp.interview_id = bi.id
                 WHERE bi.application_id = a.id AND bp.user_id = ? AND bi.status IN ('SCHEDULED', 'COMPLETED')
                   AND NOT EXISTS (SELECT 1 FROM scorecards bs WHERE bs.interview_id = bi.id
                                    AND bs.panelist_id = bp.user_id AND bs.status = 'SUBMITTED'))
        """;

    /** Panelists of application a's held or upcoming interviews whose scorecard is not submitted yet. */
    static final String PENDING = """
        (SELECT count(*) FROM interviews i JOIN interview_panelists ip ON ip.interview_id = i.id
          WHERE i.application_id = a.id AND i.status IN ('SCHEDULED', 'COMPLETED')
            AND NOT EXISTS (SELECT 1 FROM scorecards s WHERE s.interview_id = i.id AND s.panelist_id = ip.user_id
                             AND s.status = 'SUBMITTED'))
        """;

    /** Every submitted scorecard with each score it gave; a scorecard that scored nothing comes once, unscored. */
    private static final String SCORES = """
        SELECT sc.application_id, sc.id, sc.vote, sc.stage_id, sc.panelist_id, ts.topic_id, t.key, ts.score
          FROM scorecards sc
          LEFT JOIN topic_scores ts ON ts.scorecard_id = sc.id AND ts.score IS NOT NULL
          LEFT JOIN topics t ON t.id = ts.topic_id
        """;

    /**
     * Each interviewer's calibration pairs and the sum of their differences over all topics, from the running totals
     * PostgreSQL keeps current on every submission and amendment (interviewer_calibration, see V7); summed in topic
     * order, as a reader adding them up would. For the interviewers the subquery names, one index scan each.
     */
    private static final String DIFFERENCES = """
        SELECT i.interviewer_id, d.pairs, d.sum_of_differences
          FROM (%s) AS i (interviewer_id)
         CROSS JOIN LATERAL (SELECT sum(ic.pairs) AS pairs,
                                    sum(ic.sum_of_differences ORDER BY ic.topic_id) AS sum_of_differences
                               FROM interviewer_calibration ic
                              WHERE ic.interviewer_id = i.interviewer_id AND ic.pairs > 0) AS d
         WHERE d.pairs IS NOT NULL
        """;

    /** Binds the interviewers, an array. */
    static final String INTERVIEWERS_DIFFERENCES = DIFFERENCES.formatted("SELECT unnest(CAST(? AS uuid[]))");

    /** The application, its scores and its interviewers' differences. Binds the viewer, then the application thrice. */
    static final String APPLICATION = "SELECT a.plan_id, p.hiring_manager_id, " + AWAITS_OWN_SCORECARDS + ", "
            + PENDING + """
          FROM applications a JOIN positions p ON p.id = a.position_id
         WHERE a.id = ?;
        """ + SCORES + """
         WHERE sc.application_id = ? AND sc.status = 'SUBMITTED'
         ORDER BY sc.submitted_at, sc.id;
        """ + DIFFERENCES.formatted(
            "SELECT DISTINCT sc.panelist_id FROM scorecards sc WHERE sc.application_id = ? AND sc.status = 'SUBMITTED'");

    /**
     * The position's applications and their scores: the interviewers' differences come after, for those who scored.
     * A ranking shows no pending scorecards, and the policy does not weigh them, so they are not counted here. Binds
     * the viewer, then the position twice.
     */
    static final String POSITION = "SELECT a.id, c.name, a.plan_id, a.created_at, d.outcome, "
            + AWAITS_OWN_SCORECARDS + """
          FROM applications a
          JOIN candidates c ON c.id = a.candidate_id
          LEFT JOIN decisions d ON d.application_id = a.id AND d.reopened_at IS NULL
         WHERE a.position_id = ?
         ORDER BY a.created_at;
        """ + SCORES + """
          JOIN applications a ON a.id = sc.application_id
         WHERE a.position_id = ? AND sc.status = 'SUBMITTED'
        """;
}
