-- A trainee's scores count in no aggregate (DESIGN.md, "Scheduling that finds the time"): a score given in a topic
-- where its panelist is an explicit TRAINEE (interviewer_qualifications, V18) is shown but left out of
-- recommendations, rankings, calibration and reliability. A scorecard's vote is left out of the tally when its
-- panelist is a TRAINEE in every topic of the scorecard's stage. Nothing recorded, or QUALIFIED, counts as before.
--
-- Recommendations read the rule in their own SQL (recommendation.EvidenceSql); this migration keeps what PostgreSQL
-- stores for them true to it: calibration pairs leave trainees' scores out, and a change of anyone's TRAINEE standing
-- marks the verdicts and tallies of the applications it touches out of date and recomputes their calibration.

-- Calibration pairs (V7) over the scores that count: a trainee's score neither gets a pair of its own nor counts
-- among "the others" another interviewer is compared with.
CREATE OR REPLACE FUNCTION refresh_calibration_pairs(app uuid) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    -- two submissions for one application recompute one after the other, each seeing the other's scores
    PERFORM pg_advisory_xact_lock(hashtext('calibration:' || app::text));
    WITH gone AS (
        DELETE FROM calibration_pairs WHERE application_id = app
        RETURNING interviewer_id, topic_id, pairs, sum_of_differences)
    UPDATE interviewer_calibration ic
       SET pairs = ic.pairs - g.pairs, sum_of_differences = ic.sum_of_differences - g.sum_of_differences
      FROM (SELECT interviewer_id, topic_id, sum(pairs) AS pairs, sum(sum_of_differences) AS sum_of_differences
              FROM gone GROUP BY interviewer_id, topic_id) g
     WHERE ic.interviewer_id = g.interviewer_id AND ic.topic_id = g.topic_id;
    INSERT INTO calibration_pairs (application_id, topic_id, interviewer_id, pairs, sum_of_differences)
    WITH own AS (
        SELECT ts.topic_id, sc.panelist_id, count(*) AS n, sum(ts.score) AS s
          FROM scorecards sc JOIN topic_scores ts ON ts.scorecard_id = sc.id AND ts.score IS NOT NULL
         WHERE sc.application_id = app AND sc.status = 'SUBMITTED'
           AND NOT EXISTS (SELECT 1 FROM interviewer_qualifications q
                            WHERE q.user_id = sc.panelist_id AND q.topic_id = ts.topic_id AND q.level = 'TRAINEE')
         GROUP BY ts.topic_id, sc.panelist_id),
    target AS (SELECT topic_id, sum(n) AS n, sum(s) AS s FROM own GROUP BY topic_id)
    SELECT app, own.topic_id, own.panelist_id, own.n,
           own.s - own.n * CAST(target.s - own.s AS float8) / (target.n - own.n)
      FROM own JOIN target USING (topic_id)
     WHERE target.n > own.n;
    INSERT INTO interviewer_calibration AS ic (interviewer_id, topic_id, pairs, sum_of_differences)
    SELECT interviewer_id, topic_id, pairs, sum_of_differences FROM calibration_pairs WHERE application_id = app
    ON CONFLICT (interviewer_id, topic_id) DO UPDATE
       SET pairs = ic.pairs + EXCLUDED.pairs, sum_of_differences = ic.sum_of_differences + EXCLUDED.sum_of_differences;
END $$;

-- A change of anyone's TRAINEE standing in a topic (QUALIFIED to nothing and back changes no aggregate, and is left
-- alone) is taken in two steps, in the order a submission takes its locks (V10, V13), so that the two wait for each
-- other rather than deadlock:
-- 1. at once, per statement: each application with a submitted scorecard of that person on a stage assessing that
--    topic gets its evidence marked changed (V10), in application order, so its stored verdict and tally stop being
--    current;
-- 2. at commit, per row: the calibration stamp (V13) is renewed, which also queues this change behind any submission
--    committing at the same moment (and them behind it), and then each application where the person scored that topic
--    gets its calibration pairs recomputed, from a snapshot taken after the stamp's lock.
CREATE FUNCTION mark_trainee_evidence_changed(people uuid[], changed_topics uuid[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO application_verdicts AS v (application_id, evidence_version)
    SELECT touched.application_id, 1
      FROM (SELECT DISTINCT sc.application_id
              FROM unnest(people, changed_topics) AS c (user_id, topic_id)
              JOIN scorecards sc ON sc.panelist_id = c.user_id AND sc.status = 'SUBMITTED'
              JOIN stage_topics st ON st.stage_id = sc.stage_id AND st.topic_id = c.topic_id) AS touched
     ORDER BY touched.application_id
    ON CONFLICT (application_id) DO UPDATE SET evidence_version = v.evidence_version + 1;
$$;

CREATE FUNCTION interviewer_qualifications_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM mark_trainee_evidence_changed(array_agg(n.user_id), array_agg(n.topic_id))
       FROM added n WHERE n.level = 'TRAINEE' HAVING count(*) > 0;
    RETURN NULL;
END $$;

CREATE FUNCTION interviewer_qualifications_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM mark_trainee_evidence_changed(array_agg(o.user_id), array_agg(o.topic_id))
       FROM removed o WHERE o.level = 'TRAINEE' HAVING count(*) > 0;
    RETURN NULL;
END $$;

-- an update may change the level or even the key: the pairs that are TRAINEE before or after, not both
CREATE FUNCTION interviewer_qualifications_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM mark_trainee_evidence_changed(array_agg(d.user_id), array_agg(d.topic_id))
       FROM ((SELECT user_id, topic_id FROM before_rows WHERE level = 'TRAINEE'
              EXCEPT SELECT user_id, topic_id FROM after_rows WHERE level = 'TRAINEE')
             UNION
             (SELECT user_id, topic_id FROM after_rows WHERE level = 'TRAINEE'
              EXCEPT SELECT user_id, topic_id FROM before_rows WHERE level = 'TRAINEE')) AS d
    HAVING count(*) > 0;
    RETURN NULL;
END $$;

CREATE TRIGGER interviewer_qualifications_added AFTER INSERT ON interviewer_qualifications
    REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION interviewer_qualifications_inserted();
CREATE TRIGGER interviewer_qualifications_removed AFTER DELETE ON interviewer_qualifications
    REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION interviewer_qualifications_deleted();
CREATE TRIGGER interviewer_qualifications_changed AFTER UPDATE ON interviewer_qualifications
    REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows
    FOR EACH STATEMENT EXECUTE FUNCTION interviewer_qualifications_updated();

CREATE FUNCTION recalibrate_trainee_topic(person uuid, changed_topic uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    app uuid;
BEGIN
    PERFORM renew_calibration_stamp();
    FOR app IN
        SELECT DISTINCT sc.application_id
          FROM scorecards sc
          JOIN topic_scores ts ON ts.scorecard_id = sc.id AND ts.topic_id = changed_topic AND ts.score IS NOT NULL
         WHERE sc.panelist_id = person AND sc.status = 'SUBMITTED'
         ORDER BY sc.application_id
    LOOP
        PERFORM refresh_calibration_pairs(app);
    END LOOP;
END $$;

CREATE FUNCTION interviewer_qualifications_recalibrate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' AND OLD.level = 'TRAINEE' THEN
        PERFORM recalibrate_trainee_topic(OLD.user_id, OLD.topic_id);
    END IF;
    IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.user_id <> OLD.user_id OR NEW.topic_id <> OLD.topic_id
                              OR OLD.level <> 'TRAINEE') THEN
        PERFORM recalibrate_trainee_topic(NEW.user_id, NEW.topic_id);
    END IF;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER interviewer_qualifications_added_recalibrate
    AFTER INSERT ON interviewer_qualifications DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW WHEN (NEW.level = 'TRAINEE') EXECUTE FUNCTION interviewer_qualifications_recalibrate();
CREATE CONSTRAINT TRIGGER interviewer_qualifications_removed_recalibrate
    AFTER DELETE ON interviewer_qualifications DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW WHEN (OLD.level = 'TRAINEE') EXECUTE FUNCTION interviewer_qualifications_recalibrate();
CREATE CONSTRAINT TRIGGER interviewer_qualifications_changed_recalibrate
    AFTER UPDATE ON interviewer_qualifications DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW WHEN ((OLD.level = 'TRAINEE') <> (NEW.level = 'TRAINEE')
                       OR (NEW.level = 'TRAINEE' AND (NEW.user_id <> OLD.user_id OR NEW.topic_id <> OLD.topic_id)))
    EXECUTE FUNCTION interviewer_qualifications_recalibrate();

-- Whatever was stored before this rule: calibration recomputed where a trainee's score was counted, and every stored
-- verdict marked out of date (the tallies kept with them change form too: recommendation.ScoreTally, form 2).
DO $$
DECLARE
    app uuid;
BEGIN
    FOR app IN
        SELECT DISTINCT sc.application_id
          FROM interviewer_qualifications q
          JOIN scorecards sc ON sc.panelist_id = q.user_id AND sc.status = 'SUBMITTED'
          JOIN topic_scores ts ON ts.scorecard_id = sc.id AND ts.topic_id = q.topic_id AND ts.score IS NOT NULL
         WHERE q.level = 'TRAINEE'
         ORDER BY sc.application_id
    LOOP
        PERFORM refresh_calibration_pairs(app);
    END LOOP;
END $$;
DELETE FROM application_tallies;
UPDATE application_verdicts SET evidence_version = evidence_version + 1;
