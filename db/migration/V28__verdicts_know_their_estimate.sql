-- Recommendation rules version 2 decide with the rater severity estimate (V26), so a stored verdict holds for its
-- evidence version and the estimate it was decided with (null: none yet); a ranking decides again any verdict whose
-- estimate is not the one in force. Pending scorecards are not part of it: a verdict is stored as if none were, and
-- the ranking lowers a stored HIGH confidence to MEDIUM while one is (policy.CalibratedConfidence.whilePending).
ALTER TABLE application_verdicts ADD COLUMN estimate_id uuid;

-- Part 1 verdicts were decided without calibration: none of them holds now.
UPDATE application_verdicts SET computed_version = NULL, outcome = NULL, overall_score = NULL, confidence = NULL,
                                flag_count = NULL
 WHERE computed_version IS NOT NULL;
