-- Scorecards: one per (interview, panelist), scored per stage topic against the pinned rubric, amended with a trail.

ALTER TABLE interviews ADD CONSTRAINT interviews_id_stage_unique UNIQUE (id, stage_id);

CREATE TABLE scorecards (
    id             uuid PRIMARY KEY,
    interview_id   uuid        NOT NULL,
    stage_id       uuid        NOT NULL,
    application_id uuid        NOT NULL REFERENCES applications (id),
    panelist_id    uuid        NOT NULL,
    status         text        NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED')),
    vote           text        CHECK (vote IN ('STRONG_NO', 'NO', 'YES', 'STRONG_YES')),
    summary        text        CHECK (length(summary) <= 10000),
    version        bigint      NOT NULL DEFAULT 0,
    submitted_at   timestamptz,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    UNIQUE (interview_id, panelist_id),
    UNIQUE (id, stage_id),
    CHECK ((status = 'SUBMITTED') = (submitted_at IS NOT NULL)),
    CHECK (status = 'DRAFT' OR (vote IS NOT NULL AND length(btrim(summary)) > 0)),
    FOREIGN KEY (interview_id, stage_id) REFERENCES interviews (id, stage_id),
    -- only a panelist of the interview has a scorecard for it (and cannot leave the panel once they do)
    FOREIGN KEY (interview_id, panelist_id) REFERENCES interview_panelists (interview_id, user_id)
);
CREATE INDEX scorecards_application_idx ON scorecards (application_id, status);
CREATE INDEX scorecards_panelist_idx ON scorecards (panelist_id, status);

CREATE TABLE topic_scores (
    scorecard_id        uuid    NOT NULL,
    stage_id            uuid    NOT NULL,
    topic_id            uuid    NOT NULL REFERENCES topics (id),
    rubric_version      integer NOT NULL,
    score               integer CHECK (score BETWEEN 1 AND 4),
    not_assessed_reason text    CHECK (length(not_assessed_reason) <= 1000),
    notes               text    NOT NULL DEFAULT '' CHECK (length(notes) <= 10000),
    PRIMARY KEY (scorecard_id, topic_id),
    FOREIGN KEY (scorecard_id, stage_id) REFERENCES scorecards (id, stage_id) ON DELETE CASCADE,
    FOREIGN KEY (topic_id, rubric_version) REFERENCES rubric_versions (topic_id, version),
    CHECK (score IS NULL OR not_assessed_reason IS NULL)
);
CREATE INDEX topic_scores_topic_idx ON topic_scores (topic_id);
CREATE INDEX topic_scores_stage_idx ON topic_scores (stage_id);

CREATE TABLE question_notes (
    scorecard_id uuid    NOT NULL,
    stage_id     uuid    NOT NULL,
    question_id  uuid    NOT NULL,
    asked        boolean NOT NULL,
    notes        text    NOT NULL DEFAULT '' CHECK (length(notes) <= 10000),
    PRIMARY KEY (scorecard_id, question_id),
    FOREIGN KEY (scorecard_id, stage_id) REFERENCES scorecards (id, stage_id) ON DELETE CASCADE
);
CREATE INDEX question_notes_stage_idx ON question_notes (stage_id);

-- No score for a topic, and no note for a question, that the interview's stage does not hold.
CREATE FUNCTION scorecard_parts_belong_to_stage() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'topic_scores' THEN
        IF NOT EXISTS (SELECT 1 FROM stage_topics WHERE stage_id = NEW.stage_id AND topic_id = NEW.topic_id) THEN
            RAISE EXCEPTION 'topic % is not assessed in stage %', NEW.topic_id, NEW.stage_id USING ERRCODE = '23514';
        END IF;
    ELSIF NOT EXISTS (SELECT 1 FROM stage_questions WHERE stage_id = NEW.stage_id AND question_id = NEW.question_id) THEN
        RAISE EXCEPTION 'question % is not asked in stage %', NEW.question_id, NEW.stage_id USING ERRCODE = '23514';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER topic_scores_in_stage BEFORE INSERT OR UPDATE ON topic_scores
    FOR EACH ROW EXECUTE FUNCTION scorecard_parts_belong_to_stage();
CREATE TRIGGER question_notes_in_stage BEFORE INSERT OR UPDATE ON question_notes
    FOR EACH ROW EXECUTE FUNCTION scorecard_parts_belong_to_stage();

-- A submitted scorecard changes only through an amendment, which the service records here first.
CREATE TABLE scorecard_amendments (
    id           uuid PRIMARY KEY,
    scorecard_id uuid        NOT NULL REFERENCES scorecards (id) ON DELETE CASCADE,
    author_id    uuid        NOT NULL REFERENCES users (id),
    reason       text        NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 2000),
    changes      jsonb       NOT NULL CHECK (jsonb_typeof(changes) = 'array' AND jsonb_array_length(changes) >= 1),
    created_at   timestamptz NOT NULL
);
CREATE INDEX scorecard_amendments_scorecard_idx ON scorecard_amendments (scorecard_id, created_at);
CREATE INDEX scorecard_amendments_author_idx ON scorecard_amendments (author_id);
