-- The score tally each stored verdict was decided on (recommendation.ScoreTally#toBytes: per topic, stage and
-- interviewer the count, sum, minimum and maximum of the scores, and per scorecard its vote and its own sums), so that
-- a recommendation whose evidence has not changed since reads one value instead of every score. A tally is current
-- while its computed_version is its application's evidence_version (V10). Kept apart from the verdicts, whose narrow
-- rows a ranking reads five hundred at a time.
CREATE TABLE application_tallies (
    application_id   uuid   PRIMARY KEY REFERENCES application_verdicts (application_id),
    computed_version bigint NOT NULL CHECK (computed_version >= 0),
    tally            bytea  NOT NULL
);
