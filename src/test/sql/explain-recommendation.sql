-- EXPLAIN ANALYZE of one recommendation's queries and of a 500-application ranking, on synthetic-10k.sql's data:
--   psql -d panelist_bench -f src/test/sql/explain-recommendation.sql | grep -E 'Execution Time|^--'
\set app '\'{00000000-0000-0000-0006-000000000007}\''
\set pos '\'00000000-0000-0000-0002-000000000003\''
\echo '-- one recommendation: score groups'
EXPLAIN (ANALYZE, SUMMARY) SELECT sc.application_id, t.key, sc.stage_id, sc.panelist_id, count(ts.score), sum(ts.score),
       min(ts.score), max(ts.score)
  FROM scorecards sc JOIN topic_scores ts ON ts.scorecard_id = sc.id AND ts.score IS NOT NULL JOIN topics t ON t.id = ts.topic_id
 WHERE sc.application_id = ANY (CAST(:app AS uuid[])) AND sc.status = 'SUBMITTED'
 GROUP BY sc.application_id, t.key, sc.stage_id, sc.panelist_id;
\echo '-- one recommendation: ballots'
EXPLAIN (ANALYZE, SUMMARY) SELECT sc.application_id, sc.id, sc.vote, count(ts.score), coalesce(sum(ts.score), 0)
  FROM scorecards sc LEFT JOIN topic_scores ts ON ts.scorecard_id = sc.id AND ts.score IS NOT NULL
 WHERE sc.application_id = ANY (CAST(:app AS uuid[])) AND sc.status = 'SUBMITTED' GROUP BY sc.application_id, sc.id, sc.vote;
\echo '-- one recommendation: pending scorecards'
EXPLAIN (ANALYZE, SUMMARY) SELECT i.application_id, count(*) FROM interviews i JOIN interview_panelists ip ON ip.interview_id = i.id
  LEFT JOIN scorecards s ON s.interview_id = i.id AND s.panelist_id = ip.user_id AND s.status = 'SUBMITTED'
 WHERE i.application_id = ANY (CAST(:app AS uuid[])) AND i.status IN ('SCHEDULED', 'COMPLETED') AND s.id IS NULL
 GROUP BY i.application_id;
\echo '-- one recommendation: shrunk bias of its two interviewers (running totals)'
EXPLAIN (ANALYZE, SUMMARY) SELECT ic.interviewer_id, t.key, ic.pairs, ic.sum_of_differences
  FROM interviewer_calibration ic JOIN topics t ON t.id = ic.topic_id
 WHERE ic.interviewer_id = ANY (CAST('{00000000-0000-0000-0000-000000000007,00000000-0000-0000-0000-000000000025}' AS uuid[]))
   AND ic.pairs > 0;
\echo '-- ranking of 500 applications: the list'
EXPLAIN (ANALYZE, SUMMARY) SELECT a.id, a.candidate_id, c.name, a.plan_id, a.status, a.created_at, d.outcome
  FROM applications a JOIN candidates c ON c.id = a.candidate_id
  LEFT JOIN decisions d ON d.application_id = a.id AND d.reopened_at IS NULL
 WHERE a.position_id = :pos ORDER BY a.created_at;
SELECT '{' || string_agg(id::text, ',') || '}' AS ids FROM applications WHERE position_id = :pos \gset
\echo '-- ranking of 500 applications: score groups'
EXPLAIN (ANALYZE, SUMMARY) SELECT sc.application_id, t.key, sc.stage_id, sc.panelist_id, count(ts.score), sum(ts.score),
       min(ts.score), max(ts.score)
  FROM scorecards sc JOIN topic_scores ts ON ts.scorecard_id = sc.id AND ts.score IS NOT NULL JOIN topics t ON t.id = ts.topic_id
 WHERE sc.application_id = ANY (CAST(:'ids' AS uuid[])) AND sc.status = 'SUBMITTED'
 GROUP BY sc.application_id, t.key, sc.stage_id, sc.panelist_id;
\echo '-- ranking of 500 applications: ballots'
EXPLAIN (ANALYZE, SUMMARY) SELECT sc.application_id, sc.id, sc.vote, count(ts.score), coalesce(sum(ts.score), 0)
  FROM scorecards sc LEFT JOIN topic_scores ts ON ts.scorecard_id = sc.id AND ts.score IS NOT NULL
 WHERE sc.application_id = ANY (CAST(:'ids' AS uuid[])) AND sc.status = 'SUBMITTED' GROUP BY sc.application_id, sc.id, sc.vote;
\echo '-- ranking of 500 applications: pending scorecards'
EXPLAIN (ANALYZE, SUMMARY) SELECT i.application_id, count(*) FROM interviews i JOIN interview_panelists ip ON ip.interview_id = i.id
  LEFT JOIN scorecards s ON s.interview_id = i.id AND s.panelist_id = ip.user_id AND s.status = 'SUBMITTED'
 WHERE i.application_id = ANY (CAST(:'ids' AS uuid[])) AND i.status IN ('SCHEDULED', 'COMPLETED') AND s.id IS NULL
 GROUP BY i.application_id;
\echo '-- ranking of 500 applications: shrunk bias of all 60 interviewers'
EXPLAIN (ANALYZE, SUMMARY) SELECT ic.interviewer_id, t.key, ic.pairs, ic.sum_of_differences
  FROM interviewer_calibration ic JOIN topics t ON t.id = ic.topic_id
 WHERE ic.interviewer_id IN (SELECT id FROM users) AND ic.pairs > 0;
