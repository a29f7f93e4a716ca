-- Each application's verdict as a ranking shows it (outcome, unrounded overall score, confidence, flag count), kept so
-- that ranking a position reads one row per application instead of every score of the position.
--
-- evidence_version counts the changes to the application's submitted scorecards; PostgreSQL bumps it in the same
-- transaction as the change. A verdict holds for the version it was computed from (computed_version), so a verdict
-- computed from an older snapshot, written after a newer submission, is never taken as current. No row: no submitted
-- scorecard has ever changed, version 0.
CREATE TABLE application_verdicts (
    application_id   uuid    PRIMARY KEY REFERENCES applications (id),
    evidence_version bigint  NOT NULL DEFAULT 0 CHECK (evidence_version >= 0),
    computed_version bigint  CHECK (computed_version BETWEEN 0 AND evidence_version),
    outcome          text    CHECK (outcome IN ('STRONG_HIRE', 'HIRE', 'NO_HIRE', 'STRONG_NO_HIRE',
                                                'INSUFFICIENT_EVIDENCE')),
    overall_score    float8  CHECK (overall_score BETWEEN 1 AND 4),
    confidence       text    CHECK (confidence IN ('HIGH', 'MEDIUM', 'LOW')),
    flag_count       integer CHECK (flag_count >= 0),
    -- a verdict is whole or absent
    CHECK ((computed_version IS NULL) = (outcome IS NULL)
       AND (outcome IS NULL) = (confidence IS NULL)
       AND (outcome IS NULL) = (flag_count IS NULL)),
    CHECK (outcome IS NOT NULL OR overall_score IS NULL)
);

-- A submitted scorecard changes only with its row (submission and amendment both update it, see V7), so its row's
-- changes are the evidence's changes. Drafts are left out: they weigh in no verdict. The plan's rules are the other
-- input; a published plan is frozen (V3), so only pinning the application to another plan changes them.
CREATE FUNCTION bump_evidence_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    app uuid;
BEGIN
    IF TG_TABLE_NAME = 'applications' THEN
        app := NEW.id;
    ELSIF TG_OP = 'DELETE' THEN
        app := OLD.application_id;
    ELSE
        app := NEW.application_id;
    END IF;
    INSERT INTO application_verdicts AS v (application_id, evidence_version) VALUES (app, 1)
    ON CONFLICT (application_id) DO UPDATE SET evidence_version = v.evidence_version + 1;
    RETURN NULL;
END $$;

CREATE TRIGGER scorecards_submitted_bump_evidence AFTER INSERT ON scorecards
    FOR EACH ROW WHEN (NEW.status = 'SUBMITTED') EXECUTE FUNCTION bump_evidence_version();
CREATE TRIGGER scorecards_submitted_changed_bump_evidence AFTER UPDATE ON scorecards
    FOR EACH ROW WHEN (NEW.status = 'SUBMITTED' OR OLD.status = 'SUBMITTED') EXECUTE FUNCTION bump_evidence_version();
CREATE TRIGGER scorecards_submitted_removed_bump_evidence AFTER DELETE ON scorecards
    FOR EACH ROW WHEN (OLD.status = 'SUBMITTED') EXECUTE FUNCTION bump_evidence_version();
CREATE TRIGGER applications_plan_changed_bump_evidence AFTER UPDATE OF plan_id ON applications
    FOR EACH ROW WHEN (NEW.plan_id IS DISTINCT FROM OLD.plan_id) EXECUTE FUNCTION bump_evidence_version();
