-- EXPLAIN ANALYZE of the statements behind a recommendation and a ranking (recommendation.EvidenceSql, written out
-- here with their parameters), on a database the seed command filled:
--   createdb panelist_explain
--   DATASOURCES_DEFAULT_URL=jdbc:postgresql://localhost/panelist_explain java -jar target/panelist-0.1.0.jar seed --applications 10000
--   psql -d panelist_explain -f src/test/sql/explain-recommendation.sql | grep -E 'Execution Time|^--'
-- The server sends a recommendation's two statements in one round trip; a published plan's rules and, while the
-- severity estimate's id holds, the severities come from memory.
\set app '\'00000000-0000-0000-0006-000000000007\''
\set pos '\'00000000-0000-0000-0002-000000000003\''
SELECT id AS viewer FROM users WHERE email = 'manager@example.com' \gset
\echo '-- one recommendation: the application, who manages it, the calibration stamp, whether its decision saw older evidence, who amended after seeing the panel, the panel still to submit (and whether the viewer is on it)'
EXPLAIN (ANALYZE, BUFFERS, SUMMARY) SELECT a.plan_id, p.hiring_manager_id, w.viewer_awaits, w.pending, se.estimate_id,
       d.evidence_version < COALESCE(v.evidence_version, 0), seen.ids, seen.names
  FROM applications a JOIN positions p ON p.id = a.position_id
  LEFT JOIN LATERAL (SELECT * FROM calibration_stamp LIMIT 1) AS cs ON true
  LEFT JOIN LATERAL (SELECT * FROM severity_estimate LIMIT 1) AS se ON true
  LEFT JOIN decisions d ON d.application_id = a.id AND d.reopened_at IS NULL
  LEFT JOIN application_verdicts v ON v.application_id = a.id
  CROSS JOIN LATERAL (SELECT array_agg(u.id ORDER BY f.first_at, u.id) AS ids,
                             array_agg(u.display_name ORDER BY f.first_at, u.id) AS names
                        FROM (SELECT am.author_id, min(am.created_at) AS first_at FROM scorecard_amendments am
                               WHERE am.application_id = a.id AND am.panel_open_to_author
                               GROUP BY am.author_id) AS f
                        JOIN users u ON u.id = f.author_id) AS seen
  CROSS JOIN LATERAL (SELECT count(*) AS pending, COALESCE(bool_or(aw.panelist_id = :'viewer'), false) AS viewer_awaits
                  FROM scorecards_awaited aw WHERE aw.application_id = a.id) AS w
 WHERE a.id = :app;
\echo '-- one recommendation: the tally kept with a current verdict, or else every submitted score by topic id'
\echo '-- (a generated data set keeps no tallies until a ranking of the position, or the benchmark, decides its verdicts)'
EXPLAIN (ANALYZE, BUFFERS, SUMMARY) WITH kept AS (SELECT t.tally FROM application_tallies t
                JOIN application_verdicts v ON v.application_id = t.application_id
               WHERE t.application_id = :app AND t.computed_version = v.evidence_version)
SELECT NULL::uuid, NULL::uuid, NULL::text, NULL::uuid, NULL::uuid, NULL::uuid, NULL::integer, NULL::boolean,
       kept.tally FROM kept
UNION ALL
(SELECT sc.application_id, sc.id, sc.vote, sc.stage_id, sc.panelist_id, ts.topic_id, ts.score,
       (sc.panelist_id NOT IN (SELECT vq.user_id FROM interviewer_qualifications vq WHERE vq.level = 'TRAINEE')
        OR EXISTS (SELECT 1 FROM stage_topics vt WHERE vt.stage_id = sc.stage_id
                    AND NOT EXISTS (SELECT 1 FROM interviewer_qualifications vq
                                     WHERE vq.user_id = sc.panelist_id AND vq.topic_id = vt.topic_id
                                       AND vq.level = 'TRAINEE'))
        OR NOT EXISTS (SELECT 1 FROM stage_topics vt WHERE vt.stage_id = sc.stage_id)), NULL::bytea
   FROM scorecards sc
   LEFT JOIN topic_scores ts ON ts.scorecard_id = sc.id AND ts.score IS NOT NULL
        AND NOT (sc.panelist_id, ts.topic_id) IN (SELECT q.user_id, q.topic_id FROM interviewer_qualifications q
                                                   WHERE q.level = 'TRAINEE')
  WHERE sc.application_id = :app AND sc.status = 'SUBMITTED' AND NOT EXISTS (SELECT 1 FROM kept)
  ORDER BY sc.submitted_at, sc.id);
\echo '-- only when the severity estimate's id moved: the estimate in force, a row per interviewer'
EXPLAIN (ANALYZE, BUFFERS, SUMMARY) SELECT se.estimate_id, se.sigma2, s.interviewer_id, s.severity, u.display_name
  FROM severity_estimate se
  LEFT JOIN interviewer_severities s ON true
  LEFT JOIN users u ON u.id = s.interviewer_id;
\echo '-- a ranking: the applications with their stored verdicts, what the viewer may not see yet, stale decisions and amendments after seeing the panel'
EXPLAIN (ANALYZE, BUFFERS, SUMMARY) SELECT a.id, c.name, a.plan_id, a.created_at, d.outcome,
       EXISTS (SELECT 1 FROM scorecards_awaited bw WHERE bw.application_id = a.id AND bw.panelist_id = :'viewer'),
       COALESCE(v.evidence_version, 0), held.current,
       v.outcome, v.overall_score, v.confidence, v.flag_count, d.evidence_version < COALESCE(v.evidence_version, 0),
       (SELECT count(DISTINCT am.author_id) FROM scorecard_amendments am
         WHERE am.application_id = a.id AND am.panel_open_to_author),
       CASE WHEN v.confidence = 'HIGH' OR NOT held.current
            THEN COALESCE((SELECT true FROM scorecards_awaited aw WHERE aw.application_id = a.id LIMIT 1), false)
            ELSE false END,
       se.estimate_id
  FROM applications a
  JOIN candidates c ON c.id = a.candidate_id
  LEFT JOIN LATERAL (SELECT estimate_id FROM severity_estimate LIMIT 1) AS se ON true
  LEFT JOIN decisions d ON d.application_id = a.id AND d.reopened_at IS NULL
  LEFT JOIN application_verdicts v ON v.application_id = a.id
 CROSS JOIN LATERAL (SELECT COALESCE(v.computed_version = v.evidence_version
                                     AND v.estimate_id IS NOT DISTINCT FROM se.estimate_id, false) AS current) AS held
 WHERE a.position_id = :pos
 ORDER BY a.created_at;
\echo '-- a ranking deciding verdicts afresh: the scores of up to 500 out-of-date applications'
SELECT '{' || string_agg(id::text, ',') || '}' AS stale FROM applications WHERE position_id = :pos \gset
EXPLAIN (ANALYZE, BUFFERS, SUMMARY) SELECT sc.application_id, sc.id, sc.vote, sc.stage_id, sc.panelist_id,
       ts.topic_id, ts.score,
       (sc.panelist_id NOT IN (SELECT vq.user_id FROM interviewer_qualifications vq WHERE vq.level = 'TRAINEE')
        OR EXISTS (SELECT 1 FROM stage_topics vt WHERE vt.stage_id = sc.stage_id
                    AND NOT EXISTS (SELECT 1 FROM interviewer_qualifications vq
                                     WHERE vq.user_id = sc.panelist_id AND vq.topic_id = vt.topic_id
                                       AND vq.level = 'TRAINEE'))
        OR NOT EXISTS (SELECT 1 FROM stage_topics vt WHERE vt.stage_id = sc.stage_id))
  FROM scorecards sc
  LEFT JOIN topic_scores ts ON ts.scorecard_id = sc.id AND ts.score IS NOT NULL
        AND NOT (sc.panelist_id, ts.topic_id) IN (SELECT q.user_id, q.topic_id FROM interviewer_qualifications q
                                                   WHERE q.level = 'TRAINEE')
 WHERE sc.application_id = ANY (CAST(:'stale' AS uuid[])) AND sc.status = 'SUBMITTED'
 ORDER BY sc.submitted_at, sc.id;
