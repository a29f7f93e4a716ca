-- Each stored verdict keeps the score tally it was decided on (recommendation.ScoreTally#toBytes: per topic, stage
-- and interviewer the count, sum, minimum and maximum of the scores, and per scorecard its vote and its own sums), so
-- that a recommendation whose evidence has not changed since reads one value instead of every score.
ALTER TABLE application_verdicts ADD COLUMN tally bytea;

-- Verdicts stored before now have no tally; the next ranking decides them again, with one.
UPDATE application_verdicts
   SET computed_version = NULL, outcome = NULL, overall_score = NULL, confidence = NULL, flag_count = NULL
 WHERE computed_version IS NOT NULL;

-- a verdict is whole, tally included, or absent
ALTER TABLE application_verdicts ADD CONSTRAINT application_verdicts_tally_with_verdict
    CHECK ((tally IS NULL) = (computed_version IS NULL));
