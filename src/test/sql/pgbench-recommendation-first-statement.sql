-- pgbench script (see README-decisions.md): the statement as recommendation.EvidenceSql sends it, for a random
-- application or position of a data set the seed command filled; the viewer is no one in particular.
\set n random(1, 9999)
SELECT a.plan_id, p.hiring_manager_id, w.viewer_awaits, w.pending, se.estimate_id,
       d.evidence_version < COALESCE(v.evidence_version, 0), seen.ids, seen.names, se.estimated_at,
       COALESCE(se.includes_changes >= COALESCE(cs.changes, 0), false)
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
  CROSS JOIN LATERAL (SELECT count(*) AS pending, COALESCE(bool_or(aw.panelist_id = '00000000-0000-0000-0000-000000000000'), false) AS viewer_awaits
                  FROM scorecards_awaited aw WHERE aw.application_id = a.id) AS w
 WHERE a.id = ('00000000-0000-0000-0006-' || lpad(to_hex(CAST(:n AS integer)), 12, '0'))::uuid;
