-- pgbench script (see README-decisions.md): the statement as recommendation.EvidenceSql sends it, for a random
-- application or position of a data set the seed command filled; the viewer is no one in particular.
\set n random(0, 19)
SELECT a.id, c.name, a.plan_id, a.created_at, d.outcome,
       EXISTS (SELECT 1 FROM scorecards_awaited bw WHERE bw.application_id = a.id AND bw.panelist_id = '00000000-0000-0000-0000-000000000000'),
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
 WHERE a.position_id = (SELECT id FROM positions ORDER BY id OFFSET :n LIMIT 1)
 ORDER BY a.created_at;
