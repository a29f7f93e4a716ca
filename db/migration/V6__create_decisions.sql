-- The hiring manager's decision on an application, with the recommendation as it stood when they decided.

CREATE TABLE decisions (
    id                     uuid PRIMARY KEY,
    application_id         uuid        NOT NULL REFERENCES applications (id),
    outcome                text        NOT NULL CHECK (outcome IN ('HIRE', 'NO_HIRE')),
    rationale              text        NOT NULL CHECK (length(btrim(rationale)) BETWEEN 1 AND 5000),
    recommended_outcome    text        NOT NULL CHECK (recommended_outcome IN
                                        ('STRONG_HIRE', 'HIRE', 'NO_HIRE', 'STRONG_NO_HIRE', 'INSUFFICIENT_EVIDENCE')),
    against_recommendation boolean     NOT NULL,
    recommendation         jsonb       NOT NULL,
    decided_by             uuid        NOT NULL REFERENCES users (id),
    decided_at             timestamptz NOT NULL,
    reopened_at            timestamptz,
    reopened_by            uuid REFERENCES users (id),
    reopen_reason          text        CHECK (length(reopen_reason) <= 2000),
    -- going against the recommendation takes a real explanation
    CHECK (NOT against_recommendation OR length(btrim(rationale)) >= 30),
    CHECK ((reopened_at IS NULL) = (reopened_by IS NULL) AND (reopened_at IS NULL) = (reopen_reason IS NULL))
);
CREATE UNIQUE INDEX decisions_one_standing_per_application ON decisions (application_id) WHERE reopened_at IS NULL;
CREATE INDEX decisions_application_idx ON decisions (application_id, decided_at);
CREATE INDEX decisions_decided_by_idx ON decisions (decided_by);
CREATE INDEX decisions_reopened_by_idx ON decisions (reopened_by);

-- the aggregation reads submitted scores by application and by interviewer
CREATE INDEX topic_scores_scored_idx ON topic_scores (scorecard_id, topic_id) INCLUDE (score) WHERE score IS NOT NULL;
