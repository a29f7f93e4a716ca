-- Rater severity (DESIGN.md, "Recommendation rules, version 2"): one joint estimate over every score that counts,
-- made off the request path by a job every instance runs (recommendation.severity.SeverityJob) and kept here, so that
-- every instance answers from the same estimate.
--
-- What the estimate must catch up with: calibration_stamp (V13) is renewed in the transaction of every change to the
-- scores that count (a submission or amendment, V7/V13, and a change of anyone's TRAINEE standing, V22), so a counter
-- beside it counts those changes. Bumped in the same statement as the stamp: no new lock, and none in a new order.
ALTER TABLE calibration_stamp ADD COLUMN changes bigint NOT NULL DEFAULT 0 CHECK (changes >= 0);

CREATE OR REPLACE FUNCTION renew_calibration_stamp() RETURNS void LANGUAGE sql AS $$
    INSERT INTO calibration_stamp AS cs (only_row, stamp, changes) VALUES (true, gen_random_uuid(), 1)
    ON CONFLICT (only_row) DO UPDATE SET stamp = EXCLUDED.stamp, changes = cs.changes + 1;
$$;

-- The estimate in force: which changes it includes (calibration_stamp.changes when its scores were read; it is
-- current while that is still the count), sigma2 with the degrees of freedom it was measured on (N - cells - raters;
-- sigma2 is the prior 0.5 under 20), and N. A random id per estimate lets instances keep it in memory.
CREATE TABLE severity_estimate (
    only_row           boolean     PRIMARY KEY DEFAULT true CHECK (only_row),
    estimate_id        uuid        NOT NULL,
    includes_changes   bigint      NOT NULL CHECK (includes_changes >= 0),
    estimated_at       timestamptz NOT NULL,
    scores             integer     NOT NULL CHECK (scores >= 0),
    degrees_of_freedom integer     NOT NULL,
    sigma2             float8      NOT NULL CHECK (sigma2 >= 0)
);

-- s[r] of every interviewer with a score that counts; an interviewer without one is neutral (0).
CREATE TABLE interviewer_severities (
    interviewer_id uuid    PRIMARY KEY REFERENCES users (id),
    severity       float8  NOT NULL,
    scores         integer NOT NULL CHECK (scores > 0)
);
