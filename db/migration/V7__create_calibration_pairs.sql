-- Calibration pairs, kept per (application, topic, interviewer): for an interviewer's n scores on a target that
-- others also scored, the sum of d = x - mean(the others' scores on it) = s - n * (others' sum / others' count).
-- An interviewer's bias is then an indexed sum over their rows instead of a pass over everyone's history.

CREATE TABLE calibration_pairs (
    application_id     uuid    NOT NULL REFERENCES applications (id),
    topic_id           uuid    NOT NULL REFERENCES topics (id),
    interviewer_id     uuid    NOT NULL REFERENCES users (id),
    pairs              integer NOT NULL CHECK (pairs >= 1),
    sum_of_differences float8  NOT NULL,
    PRIMARY KEY (application_id, topic_id, interviewer_id)
);
CREATE INDEX calibration_pairs_interviewer_idx ON calibration_pairs (interviewer_id, topic_id)
    INCLUDE (pairs, sum_of_differences);
CREATE INDEX calibration_pairs_topic_idx ON calibration_pairs (topic_id);

-- Each interviewer's running totals per topic: what a recommendation reads, whatever the length of their history.
CREATE TABLE interviewer_calibration (
    interviewer_id     uuid    NOT NULL REFERENCES users (id),
    topic_id           uuid    NOT NULL REFERENCES topics (id),
    pairs              integer NOT NULL CHECK (pairs >= 0),
    sum_of_differences float8  NOT NULL,
    PRIMARY KEY (interviewer_id, topic_id)
);
CREATE INDEX interviewer_calibration_topic_idx ON interviewer_calibration (topic_id);

CREATE FUNCTION refresh_calibration_pairs(app uuid) RETURNS void LANGUAGE plpgsql AS $$
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

CREATE FUNCTION scorecards_refresh_calibration() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM refresh_calibration_pairs(NEW.application_id);
    RETURN NULL;
END $$;

-- deferred to commit, so that an amendment's new topic scores (written after the scorecard row) are counted
CREATE CONSTRAINT TRIGGER scorecards_submitted_refresh_calibration
    AFTER INSERT OR UPDATE ON scorecards DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW WHEN (NEW.status = 'SUBMITTED') EXECUTE FUNCTION scorecards_refresh_calibration();
