-- A synthetic data set for measuring the recommendation queries: 10,000 applications, 40,000 interviews,
-- 80,000 submitted scorecards, 480,000 topic scores, 60 interviewers with built-in leniency. Every constraint
-- and trigger stays on. Run against an empty, migrated database:
--   psql -d panelist_bench -f src/test/sql/synthetic-10k.sql   (about 2 minutes; then explain-recommendation.sql)
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
BEGIN;
-- bulk load: calibration pairs are built once at the end instead of per scorecard at commit
ALTER TABLE scorecards DISABLE TRIGGER scorecards_submitted_refresh_calibration;
INSERT INTO users (id, email, display_name, password_hash, roles, time_zone, created_at, updated_at)
SELECT ('00000000-0000-0000-0000-' || lpad(to_hex(g), 12, '0'))::uuid, 'u' || g || '@bench.local', 'User ' || g,
       '$2a$10$abcdefghijklmnopqrstuv', CASE WHEN g = 1000 THEN ARRAY['HIRING_MANAGER'] ELSE ARRAY['INTERVIEWER'] END,
       'UTC', now(), now()
  FROM generate_series(0, 59) g UNION ALL
SELECT ('00000000-0000-0000-0000-' || lpad(to_hex(1000), 12, '0'))::uuid, 'hm@bench.local', 'HM', '$2a$10$abcdefghijklmnopqrstuv',
       ARRAY['HIRING_MANAGER'], 'UTC', now(), now();
INSERT INTO topics (id, key, name, description, rubric_version, created_at, updated_at)
SELECT ('00000000-0000-0000-0001-' || lpad(to_hex(g), 12, '0'))::uuid, 'topic-' || g, 'Topic ' || g, '', 1, now(), now()
  FROM generate_series(0, 11) g;
INSERT INTO rubric_versions (topic_id, version, anchors, created_at)
SELECT id, 1, '[{"score":1},{"score":2},{"score":3},{"score":4}]', now() FROM topics;
INSERT INTO positions (id, title, level, hiring_manager_id, status, created_at, updated_at)
SELECT ('00000000-0000-0000-0002-' || lpad(to_hex(g), 12, '0'))::uuid, 'Position ' || g, 'MID',
       ('00000000-0000-0000-0000-' || lpad(to_hex(1000), 12, '0'))::uuid, 'OPEN', now(), now()
  FROM generate_series(0, 19) g;
INSERT INTO plans (id, position_id, name, plan_version, status, hire_threshold, strong_hire_threshold, created_at, updated_at)
SELECT ('00000000-0000-0000-0003-' || lpad(to_hex(g), 12, '0'))::uuid, ('00000000-0000-0000-0002-' || lpad(to_hex(g), 12, '0'))::uuid,
       'Plan ' || g, 1, 'DRAFT', 3.0, 3.5, now(), now()
  FROM generate_series(0, 19) g;
-- four stages per plan, six topics per stage (stage s takes topics 3s..3s+5 mod 12)
INSERT INTO plan_stages (id, plan_id, position, name, kind, minutes)
SELECT ('00000000-0000-0000-0004-' || lpad(to_hex(p * 4 + s), 12, '0'))::uuid, ('00000000-0000-0000-0003-' || lpad(to_hex(p), 12, '0'))::uuid,
       s, 'Stage ' || s, 'TECHNICAL', 60
  FROM generate_series(0, 19) p, generate_series(0, 3) s;
INSERT INTO stage_topics (stage_id, position, topic_id, weight, must_have, min_score, rubric_version)
SELECT ('00000000-0000-0000-0004-' || lpad(to_hex(p * 4 + s), 12, '0'))::uuid, t,
       ('00000000-0000-0000-0001-' || lpad(to_hex((3 * s + t) % 12), 12, '0'))::uuid, 1 + (t % 2), ((3 * s + t) % 12) < 3, 3, 1
  FROM generate_series(0, 19) p, generate_series(0, 3) s, generate_series(0, 5) t;
UPDATE plans SET status = 'PUBLISHED', published_at = now();
INSERT INTO candidates (id, name, email, created_at, updated_at)
SELECT ('00000000-0000-0000-0005-' || lpad(to_hex(g), 12, '0'))::uuid, 'Candidate ' || g, 'c' || g || '@bench.local', now(), now()
  FROM generate_series(0, 9999) g;
INSERT INTO applications (id, candidate_id, position_id, plan_id, status, created_at, updated_at)
SELECT ('00000000-0000-0000-0006-' || lpad(to_hex(g), 12, '0'))::uuid, ('00000000-0000-0000-0005-' || lpad(to_hex(g), 12, '0'))::uuid,
       ('00000000-0000-0000-0002-' || lpad(to_hex(g % 20), 12, '0'))::uuid, ('00000000-0000-0000-0003-' || lpad(to_hex(g % 20), 12, '0'))::uuid,
       'ACTIVE', now() - (g || ' seconds')::interval, now()
  FROM generate_series(0, 9999) g;
-- interview k: application k % 10000, stage k / 10000, hour slot k / 30 (30 interviews an hour, 60 distinct panelists)
INSERT INTO interviews (id, application_id, candidate_id, plan_id, stage_id, starts_at, ends_at, time_zone, location, status, created_at, updated_at)
SELECT ('00000000-0000-0000-0007-' || lpad(to_hex(k), 12, '0'))::uuid,
       ('00000000-0000-0000-0006-' || lpad(to_hex(k % 10000), 12, '0'))::uuid, ('00000000-0000-0000-0005-' || lpad(to_hex(k % 10000), 12, '0'))::uuid,
       ('00000000-0000-0000-0003-' || lpad(to_hex((k % 10000) % 20), 12, '0'))::uuid,
       ('00000000-0000-0000-0004-' || lpad(to_hex(((k % 10000) % 20) * 4 + k / 10000), 12, '0'))::uuid,
       timestamptz '2025-01-01' + (k / 30) * interval '1 hour', timestamptz '2025-01-01' + (k / 30) * interval '1 hour' + interval '50 minutes',
       'UTC', '', 'COMPLETED', now(), now()
  FROM generate_series(0, 39999) k;
INSERT INTO interview_panelists (interview_id, user_id, during, live)
SELECT ('00000000-0000-0000-0007-' || lpad(to_hex(k), 12, '0'))::uuid, ('00000000-0000-0000-0000-' || lpad(to_hex(p), 12, '0'))::uuid, 'empty', false
  FROM generate_series(0, 39999) k, LATERAL (VALUES (k % 60), ((k + 30) % 60)) AS panel(p);
INSERT INTO scorecards (id, interview_id, stage_id, application_id, panelist_id, status, vote, summary, version, submitted_at, created_at, updated_at)
SELECT gen_random_uuid(), i.id, i.stage_id, i.application_id, ip.user_id, 'SUBMITTED',
       (ARRAY['STRONG_NO','NO','YES','STRONG_YES'])[1 + (abs(hashtext(i.id::text || ip.user_id::text)) % 4)], 'ok', 1, now(), now(), now()
  FROM interviews i JOIN interview_panelists ip ON ip.interview_id = i.id;
-- leniency: interviewer u scores around 1.5 + (u % 4) * 0.5, plus noise
INSERT INTO topic_scores (scorecard_id, stage_id, topic_id, rubric_version, score, notes)
SELECT sc.id, sc.stage_id, st.topic_id, 1,
       greatest(1, least(4, round(1.5 + (abs(hashtext(sc.panelist_id::text)) % 4) * 0.5 + ((abs(hashtext(sc.id::text || st.topic_id::text)) % 3) - 1))))::int, ''
  FROM scorecards sc JOIN stage_topics st ON st.stage_id = sc.stage_id;
ALTER TABLE scorecards ENABLE TRIGGER scorecards_submitted_refresh_calibration;
COMMIT;
-- scorecards inserted in bulk already submitted: build their calibration pairs once
SELECT count(*) FROM (SELECT refresh_calibration_pairs(id) FROM applications) AS refreshed;
VACUUM ANALYZE;
ANALYZE;
SELECT (SELECT count(*) FROM applications) apps, (SELECT count(*) FROM interviews) interviews,
       (SELECT count(*) FROM scorecards) scorecards, (SELECT count(*) FROM topic_scores) scores;
