package io.panelist.recommendation;

/**
 * The SQL behind recommendations, for one application or for every application of a position. Each set is sent in
 * one round trip: the applications and every submitted score (or the tally kept of them); the severity estimate comes
 * from memory, or else from one more statement.
 */
final class EvidenceSql {
    private EvidenceSql() {
    }

    /**
     * Whether the viewer (bound here) sits on application a's panel with a scorecard still to submit: the
     * independent-scoring rule, which the scorecards_awaited view (V14) keeps for scoring.
     */
    static final String AWAITS_OWN_SCORECARDS = """
        EXISTS (SELECT 1 FROM scorecards_awaited bw WHERE bw.application_id = a.id AND bw.panelist_id = ?)
        """;

    /**
     * Panelists of application a's held or upcoming interviews whose scorecard is not submitted yet: how many, and
     * whether the viewer (bound here) is one of them, which is the rule of {@link #AWAITS_OWN_SCORECARDS} read off the
     * same rows (scorecards_awaited, V14). Always one row.
     */
    static final String STILL_TO_SUBMIT = """
        LATERAL (SELECT count(*) AS pending, COALESCE(bool_or(aw.panelist_id = ?), false) AS viewer_awaits
                   FROM scorecards_awaited aw WHERE aw.application_id = a.id) AS w
        """;

    /**
     * Whether the panelist is an explicit TRAINEE (interviewer_qualifications, V18) in the topic of score ts: such a
     * score counts in no aggregate (scheduling.qualifications.TraineeRules says the same in Java). Written as IN so
     * that PostgreSQL reads the few TRAINEE rows once per statement into a hash, not once per score.
     */
    static final String TRAINEE_SCORE = """
        (sc.panelist_id, ts.topic_id) IN (SELECT q.user_id, q.topic_id FROM interviewer_qualifications q
                                           WHERE q.level = 'TRAINEE')
        """;

    /**
     * Whether scorecard sc's vote counts: unless its panelist is a TRAINEE in every topic of its stage. The first test
     * (hashed once per statement, like {@link #TRAINEE_SCORE}) answers for anyone who is a trainee in nothing; the last
     * keeps a stage without topics counting, as the Java rule does.
     */
    static final String VOTE_COUNTS = """
        (sc.panelist_id NOT IN (SELECT vq.user_id FROM interviewer_qualifications vq WHERE vq.level = 'TRAINEE')
         OR EXISTS (SELECT 1 FROM stage_topics vt WHERE vt.stage_id = sc.stage_id
                     AND NOT EXISTS (SELECT 1 FROM interviewer_qualifications vq
                                      WHERE vq.user_id = sc.panelist_id AND vq.topic_id = vt.topic_id
                                        AND vq.level = 'TRAINEE'))
         OR NOT EXISTS (SELECT 1 FROM stage_topics vt WHERE vt.stage_id = sc.stage_id))
        """;

    /**
     * Every submitted scorecard with each score that counts, by topic id (the plan's rules name the topics), and
     * whether its vote counts; a scorecard with no score that counts comes once, unscored. A trainee's scores are
     * left out here, so no verdict, tally or calibrated mean ever holds them.
     */
    private static final String SCORES = scores("");

    private static String scores(String moreColumns) {
        return "SELECT sc.application_id, sc.id, sc.vote, sc.stage_id, sc.panelist_id, ts.topic_id, ts.score, "
                + VOTE_COUNTS + moreColumns + """

                  FROM scorecards sc
                  LEFT JOIN topic_scores ts ON ts.scorecard_id = sc.id AND ts.score IS NOT NULL AND NOT
                """ + TRAINEE_SCORE;
    }

    /**
     * Whether application a's standing decision d was taken on an older evidence version than its verdict row v now
     * holds (V10, V27): a scorecard was submitted or amended since. Null without a standing decision.
     */
    static final String DECISION_STALE = "d.evidence_version < COALESCE(v.evidence_version, 0)";

    /** The standing decision d and the verdict row v of application a, for {@link #DECISION_STALE}. */
    private static final String DECISION_AND_VERDICT = """
          LEFT JOIN decisions d ON d.application_id = a.id AND d.reopened_at IS NULL
          LEFT JOIN application_verdicts v ON v.application_id = a.id
        """;

    /**
     * The interviewers who amended a scorecard of application a when they could already read the panel's (V27), in
     * the order of their first such amendment: their ids and display names, as two arrays (null when none). Probes an
     * index of the flagged amendments alone, which are few.
     */
    private static final String AMENDED_AFTER_SEEING_PANEL = """
          CROSS JOIN LATERAL (SELECT array_agg(u.id ORDER BY f.first_at, u.id) AS ids,
                                     array_agg(u.display_name ORDER BY f.first_at, u.id) AS names
                                FROM (SELECT am.author_id, min(am.created_at) AS first_at FROM scorecard_amendments am
                                       WHERE am.application_id = a.id AND am.panel_open_to_author
                                       GROUP BY am.author_id) AS f
                                JOIN users u ON u.id = f.author_id) AS seen
        """;

    /**
     * The application with the id of the severity estimate in force (whose severities {@link #SEVERITIES} reads, when
     * they are not in memory already), whether its decision's evidence changed since, who amended after seeing the
     * panel, and how the estimate (V26) stands with it (when made, and whether it includes every change counted), and
     * its scores. The scores come as one row carrying the tally kept with the verdict (ScoreTally#toBytes, V12) while
     * that is current, else as {@link #SCORES} with no tally: in one statement, so
     * that both are of one snapshot. Binds the viewer, then the application thrice.
     */
    static final String APPLICATION = """
        SELECT a.plan_id, p.hiring_manager_id, w.viewer_awaits, w.pending, se.estimate_id, """ + DECISION_STALE + """
               , seen.ids, seen.names, se.estimated_at, COALESCE(se.includes_changes >= COALESCE(cs.changes, 0), false)
          FROM applications a JOIN positions p ON p.id = a.position_id
          LEFT JOIN LATERAL (SELECT * FROM calibration_stamp LIMIT 1) AS cs ON true
          LEFT JOIN LATERAL (SELECT * FROM severity_estimate LIMIT 1) AS se ON true
        """ + DECISION_AND_VERDICT + AMENDED_AFTER_SEEING_PANEL + " CROSS JOIN " + STILL_TO_SUBMIT + """
         WHERE a.id = ?;
        WITH kept AS (SELECT t.tally FROM application_tallies t
                        JOIN application_verdicts v ON v.application_id = t.application_id
                       WHERE t.application_id = ? AND t.computed_version = v.evidence_version)
        SELECT NULL::uuid, NULL::uuid, NULL::text, NULL::uuid, NULL::uuid, NULL::uuid, NULL::integer, NULL::boolean,
               kept.tally
          FROM kept
        UNION ALL
        (""" + scores(", NULL::bytea") + """
          WHERE sc.application_id = ? AND sc.status = 'SUBMITTED' AND NOT EXISTS (SELECT 1 FROM kept)
          ORDER BY sc.submitted_at, sc.id)
        """;

    /**
     * The severity estimate in force (V26): its id and sigma2, with each interviewer's severity and display name (for
     * reasons that name them); one row with no interviewer when it holds none, no row before the first estimate.
     */
    static final String SEVERITIES = """
        SELECT se.estimate_id, se.sigma2, s.interviewer_id, s.severity, u.display_name
          FROM severity_estimate se
          LEFT JOIN interviewer_severities s ON true
          LEFT JOIN users u ON u.id = s.interviewer_id
        """;

    /**
     * The position's applications in the order they were made, each with its stored verdict when that was decided on
     * the application's current evidence (see V10) and the severity estimate in force (V28), whether a scorecard of
     * it is pending where that matters (a stored verdict is decided as if none were, and only HIGH confidence changes
     * while one is; one out of date is decided again), the estimate's id, whether its decision's evidence changed
     * since, and how many interviewers amended after seeing the panel (V27). The single-row tables are read with
     * LIMIT 1 so that the planner counts one row of them, not its guess for a table never analysed; the pending test
     * is a scalar subquery, an index probe per application that asks, where EXISTS let the planner hash every
     * awaited scorecard of every position. Binds the viewer, then the position.
     */
    static final String RANKING = "SELECT a.id, c.name, a.plan_id, a.created_at, d.outcome, "
            + AWAITS_OWN_SCORECARDS + """
             , COALESCE(v.evidence_version, 0), held.current,
               v.outcome, v.overall_score, v.confidence, v.flag_count, """ + DECISION_STALE + """
             , (SELECT count(DISTINCT am.author_id) FROM scorecard_amendments am
                 WHERE am.application_id = a.id AND am.panel_open_to_author),
               CASE WHEN v.confidence = 'HIGH' OR NOT held.current
                    THEN COALESCE((SELECT true FROM scorecards_awaited aw
                                    WHERE aw.application_id = a.id LIMIT 1), false)
                    ELSE false END,
               se.estimate_id
          FROM applications a
          JOIN candidates c ON c.id = a.candidate_id
          LEFT JOIN LATERAL (SELECT estimate_id FROM severity_estimate LIMIT 1) AS se ON true
        """ + DECISION_AND_VERDICT + """
         CROSS JOIN LATERAL (SELECT COALESCE(v.computed_version = v.evidence_version
                                             AND v.estimate_id IS NOT DISTINCT FROM se.estimate_id, false)
                                    AS current) AS held
         WHERE a.position_id = ?
         ORDER BY a.created_at
        """;

    /** The submitted scores of the applications; binds them, an array. */
    static final String SCORES_OF_APPLICATIONS = SCORES + """
         WHERE sc.application_id = ANY (CAST(? AS uuid[])) AND sc.status = 'SUBMITTED'
         ORDER BY sc.submitted_at, sc.id
        """;

    /**
     * Stores verdicts (arrays by position: application, evidence version, outcome, score, confidence, flag count,
     * the score tally it was decided on, as bytes, and the severity estimate it was decided with), each only if the
     * application's evidence is still the version it was decided on: a verdict decided on an older snapshot never
     * overwrites the mark a newer submission left. The tallies of the verdicts stored go with them (V12).
     */
    static final String STORE_VERDICTS = """
        WITH decided AS (
            SELECT * FROM unnest(CAST(? AS uuid[]), CAST(? AS bigint[]), CAST(? AS text[]), CAST(? AS float8[]),
                                 CAST(? AS text[]), CAST(? AS integer[]), CAST(? AS bytea[]), CAST(? AS uuid[]))
                       AS n (application_id, version, outcome, overall_score, confidence, flag_count, tally,
                             estimate_id)),
        stored AS (
            INSERT INTO application_verdicts AS v (application_id, evidence_version, computed_version, outcome,
                                                   overall_score, confidence, flag_count, estimate_id)
            SELECT d.application_id, d.version, d.version, d.outcome, d.overall_score, d.confidence, d.flag_count,
                   d.estimate_id
              FROM decided d
            ON CONFLICT (application_id) DO UPDATE
               SET computed_version = EXCLUDED.computed_version, outcome = EXCLUDED.outcome,
                   overall_score = EXCLUDED.overall_score, confidence = EXCLUDED.confidence,
                   flag_count = EXCLUDED.flag_count, estimate_id = EXCLUDED.estimate_id
             WHERE v.evidence_version = EXCLUDED.evidence_version
            RETURNING v.application_id, v.computed_version)
        INSERT INTO application_tallies AS t (application_id, computed_version, tally)
        SELECT s.application_id, s.computed_version, d.tally FROM stored s JOIN decided d USING (application_id)
        ON CONFLICT (application_id) DO UPDATE SET computed_version = EXCLUDED.computed_version, tally = EXCLUDED.tally
        """;
}
