-- Recommendation rules version 2 decide with the rater severity estimate (V26) and weigh pending scorecards in
-- confidence, so a stored verdict holds for its evidence version, the estimate it was decided with (null: none yet)
-- and the number of scorecards that were pending. A ranking decides again any verdict that differs in one of them.
ALTER TABLE application_verdicts
    ADD COLUMN estimate_id uuid,
    ADD COLUMN pending     integer CHECK (pending >= 0);

-- Part 1 verdicts were decided without calibration: none of them holds now.
UPDATE application_verdicts SET computed_version = NULL, outcome = NULL, overall_score = NULL, confidence = NULL,
                                flag_count = NULL
 WHERE computed_version IS NOT NULL;

ALTER TABLE application_verdicts
    ADD CONSTRAINT verdict_knows_its_pending CHECK ((outcome IS NULL) = (pending IS NULL));
