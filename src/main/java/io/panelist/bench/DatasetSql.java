package io.panelist.bench;

import java.util.List;

/**
 * The statements of the data set, in order, for {@code n} applications. Ids the generator makes carry a fixed
 * prefix with version nibble 0 ({@code 00000000-0000-0000-000K-<hex index>}, K the kind), so they never meet the
 * random version-4 ids of the demo and the application. Interview k belongs to application k % n and stage k / n;
 * thirty interviews share each hour, so the sixty panelists are never booked twice at once. The last
 * {@link #inProgress} applications are midway: two stages done, the third booked in the coming week (thirty an hour,
 * 09:00 to 17:00 UTC from tomorrow), so every interviewer has an agenda and interviews still to score. Every
 * interviewer is QUALIFIED in every generated topic and works Monday to Friday, 08:00-16:00 or 10:00-18:00 UTC (every
 * third with a buffer of 10 minutes), so that find-times and self-scheduling links choose among all sixty.
 */
final class DatasetSql {
    static final String INTERVIEWER_STEP = "interviewers";

    private DatasetSql() {
    }

    /** How many of {@code n} applications are midway, with their third stage booked in the coming week. */
    static int inProgress(int n) {
        return Math.min(420, n / 10);
    }

    static List<String[]> steps(int n) {
        int interviews = n * DatasetGenerator.STAGES;
        int hours = (interviews + 29) / 30;
        int midway = inProgress(n);
        return List.of(
                step("users (58 generated interviewers)", """
                        INSERT INTO users (id, email, display_name, password_hash, roles, time_zone, created_at, updated_at)
                        SELECT %s, 'interviewer-' || lpad(g::text, 2, '0') || '@bench.example.com',
                               'Interviewer ' || lpad(g::text, 2, '0'),
                               (SELECT password_hash FROM users WHERE lower(email) = 'ana@example.com'),
                               ARRAY['INTERVIEWER'], 'UTC', now(), now()
                          FROM generate_series(2, 59) g
                        """.formatted(uuid(0, "g"))),
                // ana is the most lenient, ben the harshest; leniency L scores around 2 + 0.5 L
                step(INTERVIEWER_STEP, """
                        CREATE TEMP TABLE bench_interviewers ON COMMIT DROP AS
                        SELECT 0 AS idx, id, 3 AS leniency FROM users WHERE lower(email) = 'ana@example.com'
                        UNION ALL SELECT 1, id, 0 FROM users WHERE lower(email) = 'ben@example.com'
                        UNION ALL SELECT g, %s, g %% 4 FROM generate_series(2, 59) g
                        """.formatted(uuid(0, "g"))),
                step("topics", """
                        INSERT INTO topics (id, key, name, description, rubric_version, created_at, updated_at)
                        SELECT %s, 'bench-' || lower(replace(t.name, ' ', '-')), t.name, 'Generated for the benchmark data set',
                               1, now(), now()
                          FROM unnest(ARRAY['Problem Solving', 'Code Quality', 'System Design', 'Testing', 'Debugging',
                                            'Data Modelling', 'APIs', 'Concurrency', 'Communication', 'Collaboration',
                                            'Ownership', 'Learning']) WITH ORDINALITY AS t(name, o)
                        """.formatted(uuid(1, "t.o - 1"))),
                step("rubric versions", """
                        INSERT INTO rubric_versions (topic_id, version, anchors, created_at)
                        SELECT id, 1, '[{"score":1},{"score":2},{"score":3},{"score":4}]', now()
                          FROM topics WHERE key LIKE 'bench-%%'
                        """.formatted()),
                step("positions", """
                        INSERT INTO positions (id, title, level, hiring_manager_id, status, created_at, updated_at)
                        SELECT %s, (ARRAY['Backend Engineer', 'Frontend Engineer', 'Data Engineer', 'Platform Engineer',
                                          'Mobile Engineer'])[1 + g %% 5] || ' ' || (g / 5 + 1),
                               (ARRAY['JUNIOR', 'MID', 'SENIOR'])[1 + g %% 3],
                               (SELECT id FROM users WHERE lower(email) = 'manager@example.com'), 'OPEN', now(), now()
                          FROM generate_series(0, 19) g
                        """.formatted(uuid(2, "g"))),
                step("plans", """
                        INSERT INTO plans (id, position_id, name, plan_version, status, hire_threshold, strong_hire_threshold,
                                           created_at, updated_at)
                        SELECT %s, %s, 'Interview plan', 1, 'DRAFT', 3.0, 3.5, now(), now()
                          FROM generate_series(0, 19) g
                        """.formatted(uuid(3, "g"), uuid(2, "g"))),
                step("plan stages", """
                        INSERT INTO plan_stages (id, plan_id, position, name, kind, minutes)
                        SELECT %s, %s, s, (ARRAY['Screen', 'Coding', 'System design', 'Behavioural'])[s + 1],
                               (ARRAY['SCREEN', 'TECHNICAL', 'DESIGN', 'BEHAVIORAL'])[s + 1], 60
                          FROM generate_series(0, 19) p, generate_series(0, 3) s
                        """.formatted(uuid(4, "p * 4 + s"), uuid(3, "p"))),
                // six topics per stage: stage s takes topics 3s .. 3s+5 mod 12; the first three are must-haves
                step("stage topics", """
                        INSERT INTO stage_topics (stage_id, position, topic_id, weight, must_have, min_score, rubric_version)
                        SELECT %s, t, %s, 1 + (t %% 2), ((3 * s + t) %% 12) < 3, 3, 1
                          FROM generate_series(0, 19) p, generate_series(0, 3) s, generate_series(0, 5) t
                        """.formatted(uuid(4, "p * 4 + s"), uuid(1, "(3 * s + t) % 12"))),
                step("published plans", """
                        UPDATE plans SET status = 'PUBLISHED', published_at = now(),
                               published_by = (SELECT id FROM users WHERE lower(email) = 'manager@example.com')
                         WHERE id IN (SELECT %s FROM generate_series(0, 19) g)
                        """.formatted(uuid(3, "g"))),
                step("candidates", """
                        INSERT INTO candidates (id, name, email, created_at, updated_at)
                        SELECT %s, 'Candidate ' || g, 'candidate-' || g || '@bench.example.com', now(), now()
                          FROM generate_series(0, %d) g
                        """.formatted(uuid(5, "g"), n - 1)),
                step("applications", """
                        INSERT INTO applications (id, candidate_id, position_id, plan_id, status, created_at, updated_at)
                        SELECT %s, %s, %s, %s, 'ACTIVE', now() - (%d - g) * interval '10 minutes', now()
                          FROM generate_series(0, %d) g
                        """.formatted(uuid(6, "g"), uuid(5, "g"), uuid(2, "g % 20"), uuid(3, "g % 20"), n, n - 1)),
                // completed interviews in the hours up to now, thirty per hour
                step("interviews", """
                        INSERT INTO interviews (id, application_id, candidate_id, plan_id, stage_id, starts_at, ends_at,
                                                time_zone, location, status, created_at, updated_at)
                        SELECT %s, %s, %s, %s, %s,
                               date_trunc('hour', now()) - (%d - k / 30) * interval '1 hour',
                               date_trunc('hour', now()) - (%d - k / 30) * interval '1 hour' + interval '50 minutes',
                               'UTC', 'Room ' || (1 + k %% 30), 'COMPLETED', now(), now()
                          FROM generate_series(0, %d) k
                         WHERE k / %d < 2 OR k %% %d < %d
                        """.formatted(uuid(7, "k"), uuid(6, "k % " + n), uuid(5, "k % " + n), uuid(3, "(k % " + n + ") % 20"),
                        uuid(4, "((k % " + n + ") % 20) * 4 + k / " + n), hours, hours, interviews - 1, n, n, n - midway)),
                // the midway applications' third stage: slot j / 30 is day j / 240 from tomorrow, hour 9 + (j / 30) % 8
                step("upcoming interviews", """
                        INSERT INTO interviews (id, application_id, candidate_id, plan_id, stage_id, starts_at, ends_at,
                                                time_zone, location, status, created_at, updated_at)
                        SELECT %s, %s, %s, %s, %s, s.starts_at, s.starts_at + interval '50 minutes',
                               'UTC', 'Room ' || (1 + j %% 30), 'SCHEDULED', now(), now()
                          FROM generate_series(0, %d) j
                         CROSS JOIN LATERAL (SELECT date_trunc('day', now()) + (1 + j / 240) * interval '1 day'
                                                    + (9 + (j / 30) %% 8) * interval '1 hour' AS starts_at) s
                        """.formatted(uuid(8, "j"), uuid(6, "j + " + (n - midway)), uuid(5, "j + " + (n - midway)),
                        uuid(3, "(j + " + (n - midway) + ") % 20"), uuid(4, "((j + " + (n - midway) + ") % 20) * 4 + 2"),
                        midway - 1)),
                step("interview panelists", """
                        INSERT INTO interview_panelists (interview_id, user_id, during, live)
                        SELECT %s, bi.id, 'empty'::tstzrange, false
                          FROM generate_series(0, %d) k
                         CROSS JOIN LATERAL (VALUES (k %% 60), ((k + 30) %% 60)) AS panel(p)
                          JOIN bench_interviewers bi ON bi.idx = panel.p
                         WHERE k / %d < 2 OR k %% %d < %d
                        UNION ALL
                        SELECT %s, bi.id, 'empty'::tstzrange, false
                          FROM generate_series(0, %d) j
                         CROSS JOIN LATERAL (VALUES (j %% 60), ((j + 30) %% 60)) AS panel(p)
                          JOIN bench_interviewers bi ON bi.idx = panel.p
                        """.formatted(uuid(7, "k"), interviews - 1, n, n, n - midway, uuid(8, "j"), midway - 1)),
                // a candidate's quality Q in {-1, 0, 1} and the panelist's leniency L set the expected score
                // 2 + 0.5 L + 0.5 Q; the vote follows it with some noise, the topic scores scatter by one around it
                step("submitted scorecards", """
                        INSERT INTO scorecards (id, interview_id, stage_id, application_id, panelist_id, status, vote, summary,
                                                version, submitted_at, created_at, updated_at)
                        SELECT gen_random_uuid(), i.id, i.stage_id, i.application_id, ip.user_id, 'SUBMITTED',
                               CASE WHEN e.m < 2 THEN 'STRONG_NO' WHEN e.m < 2.5 THEN 'NO' WHEN e.m < 3.25 THEN 'YES'
                                    ELSE 'STRONG_YES' END,
                               'Generated scorecard', 1, least(now(), i.ends_at + interval '1 hour'), now(), now()
                          FROM interviews i
                          JOIN interview_panelists ip ON ip.interview_id = i.id
                          JOIN bench_interviewers bi ON bi.id = ip.user_id
                         CROSS JOIN LATERAL (SELECT 2.0 + 0.5 * bi.leniency
                                                    + 0.5 * ((abs(hashtext(i.application_id::text)) %% 3) - 1)
                                                    + 0.5 * ((abs(hashtext(i.id::text || ip.user_id::text)) %% 3) - 1) AS m) e
                         WHERE i.status = 'COMPLETED'
                        """.formatted()),
                step("topic scores", """
                        INSERT INTO topic_scores (scorecard_id, stage_id, topic_id, rubric_version, score, notes)
                        SELECT sc.id, sc.stage_id, st.topic_id, 1,
                               greatest(1, least(4, round(2.0 + 0.5 * bi.leniency
                                   + 0.5 * ((abs(hashtext(sc.application_id::text)) %% 3) - 1)
                                   + ((abs(hashtext(sc.id::text || st.topic_id::text)) %% 3) - 1))))::int, ''
                          FROM scorecards sc
                          JOIN bench_interviewers bi ON bi.id = sc.panelist_id
                          JOIN stage_topics st ON st.stage_id = sc.stage_id
                        """.formatted()),
                // what refresh_calibration_pairs (V7, V22: trainees' scores left out) computes per application, for all
                // of them at once
                step("calibration pairs", """
                        INSERT INTO calibration_pairs (application_id, topic_id, interviewer_id, pairs, sum_of_differences)
                        WITH own AS (
                            SELECT sc.application_id, ts.topic_id, sc.panelist_id, count(*) AS n, sum(ts.score) AS s
                              FROM scorecards sc JOIN topic_scores ts ON ts.scorecard_id = sc.id AND ts.score IS NOT NULL
                             WHERE sc.status = 'SUBMITTED'
                               AND NOT EXISTS (SELECT 1 FROM interviewer_qualifications q WHERE q.user_id = sc.panelist_id
                                                  AND q.topic_id = ts.topic_id AND q.level = 'TRAINEE')
                             GROUP BY sc.application_id, ts.topic_id, sc.panelist_id),
                        target AS (SELECT application_id, topic_id, sum(n) AS n, sum(s) AS s
                                     FROM own GROUP BY application_id, topic_id)
                        SELECT own.application_id, own.topic_id, own.panelist_id, own.n,
                               own.s - own.n * CAST(target.s - own.s AS float8) / (target.n - own.n)
                          FROM own JOIN target USING (application_id, topic_id)
                         WHERE target.n > own.n
                        """),
                step("interviewer calibration", """
                        INSERT INTO interviewer_calibration AS ic (interviewer_id, topic_id, pairs, sum_of_differences)
                        SELECT interviewer_id, topic_id, sum(pairs), sum(sum_of_differences)
                          FROM calibration_pairs GROUP BY interviewer_id, topic_id
                        ON CONFLICT (interviewer_id, topic_id) DO UPDATE
                           SET pairs = ic.pairs + EXCLUDED.pairs,
                               sum_of_differences = ic.sum_of_differences + EXCLUDED.sum_of_differences
                        """),
                // after the calibration, which leaves out trainees' scores: everyone is QUALIFIED, none a trainee
                step("interviewer qualifications", """
                        INSERT INTO interviewer_qualifications (user_id, topic_id, level, updated_at)
                        SELECT bi.id, t.id, 'QUALIFIED', now() FROM bench_interviewers bi CROSS JOIN topics t
                         WHERE t.key LIKE 'bench-%%'
                        ON CONFLICT (user_id, topic_id) DO NOTHING
                        """.formatted()),
                // no daily limit: the booking benchmark books one interviewer back to back
                step("interviewer availability", """
                        INSERT INTO interviewer_availability (user_id, time_zone, daily_limit, buffer_minutes, updated_at)
                        SELECT id, NULL, NULL, CASE WHEN idx %% 3 = 0 THEN 10 ELSE 0 END, now() FROM bench_interviewers
                        ON CONFLICT (user_id) DO NOTHING
                        """.formatted()),
                step("weekly hours", """
                        INSERT INTO availability_weekly (user_id, day, from_minute, to_minute)
                        SELECT bi.id, d, CASE WHEN bi.idx %% 2 = 0 THEN 8 * 60 ELSE 10 * 60 END,
                               CASE WHEN bi.idx %% 2 = 0 THEN 16 * 60 ELSE 18 * 60 END
                          FROM bench_interviewers bi CROSS JOIN generate_series(1, 5) d
                        ON CONFLICT DO NOTHING
                        """.formatted()));
    }

    private static String[] step(String name, String sql) {
        return new String[] {name, sql};
    }

    /** The id of kind {@code kind} and index {@code index} (an SQL expression). */
    private static String uuid(int kind, String index) {
        return "('00000000-0000-0000-%04x-' || lpad(to_hex(%s), 12, '0'))::uuid".formatted(kind, index);
    }
}
