-- EXPLAIN ANALYZE of one recommendation's queries and of a 500-application ranking (recommendation.EvidenceSql), on
-- synthetic-10k.sql's data or on a database the seed command filled:
--   psql -d panelist_bench -f src/test/sql/explain-recommendation.sql | grep -E 'Execution Time|^--'
-- The server sends each set in one round trip; a published plan's rules come from memory.
\set app '\'00000000-0000-0000-0006-000000000007\''
\set pos '\'00000000-0000-0000-0002-000000000003\''
\set viewer '\'00000000-0000-0000-0000-000000000007\''
\echo '-- one recommendation: the application, who may read it, its pending scorecards'
EXPLAIN (ANALYZE, BUFFERS, SUMMARY) SELECT a.plan_id, p.hiring_manager_id,
       EXISTS (SELECT 1 FROM interviews bi JOIN interview_panelists bp ON bp.interview_id = bi.id
                WHERE bi.application_id = a.id AND bp.user_id = :viewer AND bi.status IN ('SCHEDULED', 'COMPLETED')
                  AND NOT EXISTS (SELECT 1 FROM scorecards bs WHERE bs.interview_id = bi.id
                                   AND bs.panelist_id = bp.user_id AND bs.status = 'SUBMITTED')),
       (SELECT count(*) FROM interviews i JOIN interview_panelists ip ON ip.interview_id = i.id
         WHERE i.application_id = a.id AND i.status IN ('SCHEDULED', 'COMPLETED')
           AND NOT EXISTS (SELECT 1 FROM scorecards s WHERE s.interview_id = i.id AND s.panelist_id = ip.user_id
                            AND s.status = 'SUBMITTED'))
  FROM applications a JOIN positions p ON p.id = a.position_id
 WHERE a.id = :app;
\echo '-- one recommendation: every submitted score'
EXPLAIN (ANALYZE, BUFFERS, SUMMARY) SELECT sc.application_id, sc.id, sc.vote, sc.stage_id, sc.panelist_id, ts.topic_id,
       t.key, ts.score
  FROM scorecards sc
  LEFT JOIN topic_scores ts ON ts.scorecard_id = sc.id AND ts.score IS NOT NULL
  LEFT JOIN topics t ON t.id = ts.topic_id
 WHERE sc.application_id = :app AND sc.status = 'SUBMITTED'
 ORDER BY sc.submitted_at, sc.id;
\echo '-- one recommendation: the calibration of its interviewers (running totals, one index scan each)'
EXPLAIN (ANALYZE, BUFFERS, SUMMARY) SELECT i.interviewer_id, d.pairs, d.sum_of_differences
  FROM (SELECT DISTINCT sc.panelist_id FROM scorecards sc
         WHERE sc.application_id = :app AND sc.status = 'SUBMITTED') AS i (interviewer_id)
 CROSS JOIN LATERAL (SELECT sum(ic.pairs) AS pairs, sum(ic.sum_of_differences ORDER BY ic.topic_id) AS sum_of_differences
                       FROM interviewer_calibration ic
                      WHERE ic.interviewer_id = i.interviewer_id AND ic.pairs > 0) AS d
 WHERE d.pairs IS NOT NULL;
\echo '-- ranking of 500 applications: the list, with what the viewer may not see yet'
EXPLAIN (ANALYZE, BUFFERS, SUMMARY) SELECT a.id, c.name, a.plan_id, a.created_at, d.outcome,
       EXISTS (SELECT 1 FROM interviews bi JOIN interview_panelists bp ON bp.interview_id = bi.id
                WHERE bi.application_id = a.id AND bp.user_id = :viewer AND bi.status IN ('SCHEDULED', 'COMPLETED')
                  AND NOT EXISTS (SELECT 1 FROM scorecards bs WHERE bs.interview_id = bi.id
                                   AND bs.panelist_id = bp.user_id AND bs.status = 'SUBMITTED'))
  FROM applications a
  JOIN candidates c ON c.id = a.candidate_id
  LEFT JOIN decisions d ON d.application_id = a.id AND d.reopened_at IS NULL
 WHERE a.position_id = :pos
 ORDER BY a.created_at;
\echo '-- ranking of 500 applications: every submitted score'
EXPLAIN (ANALYZE, BUFFERS, SUMMARY) SELECT sc.application_id, sc.id, sc.vote, sc.stage_id, sc.panelist_id, ts.topic_id,
       t.key, ts.score
  FROM scorecards sc
  LEFT JOIN topic_scores ts ON ts.scorecard_id = sc.id AND ts.score IS NOT NULL
  LEFT JOIN topics t ON t.id = ts.topic_id
  JOIN applications a ON a.id = sc.application_id
 WHERE a.position_id = :pos AND sc.status = 'SUBMITTED';
\echo '-- ranking of 500 applications: the calibration of the interviewers who scored them'
SELECT '{' || string_agg(DISTINCT sc.panelist_id::text, ',') || '}' AS interviewers
  FROM applications a JOIN scorecards sc ON sc.application_id = a.id AND sc.status = 'SUBMITTED'
 WHERE a.position_id = :pos \gset
EXPLAIN (ANALYZE, BUFFERS, SUMMARY) SELECT i.interviewer_id, d.pairs, d.sum_of_differences
  FROM (SELECT unnest(CAST(:'interviewers' AS uuid[]))) AS i (interviewer_id)
 CROSS JOIN LATERAL (SELECT sum(ic.pairs) AS pairs, sum(ic.sum_of_differences ORDER BY ic.topic_id) AS sum_of_differences
                       FROM interviewer_calibration ic
                      WHERE ic.interviewer_id = i.interviewer_id AND ic.pairs > 0) AS d
 WHERE d.pairs IS NOT NULL;
