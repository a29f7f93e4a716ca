-- Every interviewer's running calibration totals (interviewer_calibration, V7) change only with calibration_stamp,
-- in the same transaction, so totals kept in memory with the stamp they were read under are current exactly while the
-- stamp is the same (recommendation.InterviewerBiases). Random rather than counted: a database emptied and filled
-- again never shows an old stamp.
CREATE TABLE calibration_stamp (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    stamp    uuid    NOT NULL
);
INSERT INTO calibration_stamp (only_row, stamp) VALUES (true, gen_random_uuid());

CREATE FUNCTION renew_calibration_stamp() RETURNS void LANGUAGE sql AS $$
    INSERT INTO calibration_stamp (only_row, stamp) VALUES (true, gen_random_uuid())
    ON CONFLICT (only_row) DO UPDATE SET stamp = EXCLUDED.stamp;
$$;

CREATE FUNCTION interviewer_calibration_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM renew_calibration_stamp();
    RETURN NULL;
END $$;

-- whoever writes the totals, the stamp changes with them
CREATE TRIGGER interviewer_calibration_restamp AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON interviewer_calibration
    FOR EACH STATEMENT EXECUTE FUNCTION interviewer_calibration_changed();

-- A submission renews the stamp before it touches any interviewer's totals: its row lock is then always the first
-- lock a calibration refresh takes, so two submissions committing at once wait for each other instead of each holding
-- totals the other needs.
CREATE OR REPLACE FUNCTION scorecards_refresh_calibration() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM renew_calibration_stamp();
    PERFORM refresh_calibration_pairs(NEW.application_id);
    RETURN NULL;
END $$;
