-- Positions and their structured interview plans: ordered stages, weighted topics, pinned question revisions.

CREATE TABLE positions (
    id                uuid PRIMARY KEY,
    title             text        NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
    level             text        NOT NULL CHECK (level IN ('JUNIOR', 'MID', 'SENIOR')),
    hiring_manager_id uuid        NOT NULL REFERENCES users (id),
    status            text        NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    version           bigint      NOT NULL DEFAULT 0,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL
);
CREATE INDEX positions_hiring_manager_idx ON positions (hiring_manager_id);

CREATE TABLE plans (
    id                    uuid PRIMARY KEY,
    position_id           uuid          NOT NULL REFERENCES positions (id),
    name                  text          NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    plan_version          integer       NOT NULL CHECK (plan_version >= 1),
    status                text          NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    hire_threshold        numeric(4, 2) NOT NULL,
    strong_hire_threshold numeric(4, 2) NOT NULL,
    version               bigint        NOT NULL DEFAULT 0,
    created_by            uuid REFERENCES users (id) ON DELETE SET NULL,
    published_at          timestamptz,
    published_by          uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at            timestamptz   NOT NULL,
    updated_at            timestamptz   NOT NULL,
    UNIQUE (position_id, plan_version),
    CHECK (1 <= hire_threshold AND hire_threshold <= strong_hire_threshold AND strong_hire_threshold <= 4),
    CHECK ((status = 'DRAFT') = (published_at IS NULL))
);
CREATE INDEX plans_position_idx ON plans (position_id);
CREATE INDEX plans_created_by_idx ON plans (created_by);
CREATE INDEX plans_published_by_idx ON plans (published_by);
-- A position has at most one plan in force.
CREATE UNIQUE INDEX plans_one_published_per_position ON plans (position_id) WHERE status = 'PUBLISHED';

CREATE TABLE plan_stages (
    id       uuid PRIMARY KEY,
    plan_id  uuid    NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    position integer NOT NULL CHECK (position >= 0),
    name     text    NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    kind     text    NOT NULL CHECK (kind IN ('SCREEN', 'TECHNICAL', 'DESIGN', 'BEHAVIORAL', 'TAKE_HOME')),
    minutes  integer NOT NULL CHECK (minutes BETWEEN 5 AND 480),
    UNIQUE (plan_id, position)
);

-- Drafts may be invalid while being built, so duplicates are stored and reported rather than refused here.
CREATE TABLE stage_topics (
    stage_id       uuid          NOT NULL REFERENCES plan_stages (id) ON DELETE CASCADE,
    position       integer       NOT NULL CHECK (position >= 0),
    topic_id       uuid          NOT NULL REFERENCES topics (id),
    weight         numeric(6, 2) NOT NULL CHECK (weight > 0),
    must_have      boolean       NOT NULL,
    min_score      integer       NOT NULL CHECK (min_score BETWEEN 1 AND 4),
    -- pinned when the plan is published: the rubric an interviewer scores against
    rubric_version integer,
    PRIMARY KEY (stage_id, position),
    FOREIGN KEY (topic_id, rubric_version) REFERENCES rubric_versions (topic_id, version)
);
CREATE INDEX stage_topics_topic_idx ON stage_topics (topic_id);

CREATE TABLE stage_questions (
    stage_id    uuid    NOT NULL REFERENCES plan_stages (id) ON DELETE CASCADE,
    position    integer NOT NULL CHECK (position >= 0),
    question_id uuid    NOT NULL,
    revision    integer NOT NULL,
    minutes     integer NOT NULL CHECK (minutes BETWEEN 1 AND 90),
    PRIMARY KEY (stage_id, position),
    FOREIGN KEY (question_id, revision) REFERENCES question_revisions (question_id, revision)
);
CREATE INDEX stage_questions_question_idx ON stage_questions (question_id, revision);

-- A published plan never changes: only its move to ARCHIVED is allowed, and its stages are frozen.
CREATE FUNCTION plans_refuse_published_edits() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status <> 'DRAFT' AND (NEW.name, NEW.hire_threshold, NEW.strong_hire_threshold, NEW.position_id,
                                  NEW.plan_version, NEW.published_at)
        IS DISTINCT FROM (OLD.name, OLD.hire_threshold, OLD.strong_hire_threshold, OLD.position_id,
                          OLD.plan_version, OLD.published_at) THEN
        RAISE EXCEPTION 'plan % is %, and only a draft can change', OLD.id, OLD.status USING ERRCODE = '23514';
    END IF;
    IF OLD.status <> 'DRAFT' AND NOT (OLD.status = NEW.status OR (OLD.status = 'PUBLISHED' AND NEW.status = 'ARCHIVED')) THEN
        RAISE EXCEPTION 'plan % cannot go from % to %', OLD.id, OLD.status, NEW.status USING ERRCODE = '23514';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER plans_published_are_frozen BEFORE UPDATE ON plans
    FOR EACH ROW EXECUTE FUNCTION plans_refuse_published_edits();

CREATE FUNCTION plan_parts_refuse_published_edits() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    plan_status text;
BEGIN
    IF TG_TABLE_NAME = 'plan_stages' THEN
        SELECT p.status INTO plan_status FROM plans p WHERE p.id = coalesce(NEW.plan_id, OLD.plan_id);
    ELSE
        SELECT p.status INTO plan_status FROM plans p JOIN plan_stages s ON s.plan_id = p.id
         WHERE s.id = coalesce(NEW.stage_id, OLD.stage_id);
    END IF;
    -- the publish step itself pins rubric versions while the plan is still a draft
    IF plan_status IS NOT NULL AND plan_status <> 'DRAFT' THEN
        RAISE EXCEPTION 'the stages of a % plan never change', plan_status USING ERRCODE = '23514';
    END IF;
    RETURN coalesce(NEW, OLD);
END $$;
CREATE TRIGGER plan_stages_frozen BEFORE INSERT OR UPDATE OR DELETE ON plan_stages
    FOR EACH ROW EXECUTE FUNCTION plan_parts_refuse_published_edits();
CREATE TRIGGER stage_topics_frozen BEFORE INSERT OR UPDATE OR DELETE ON stage_topics
    FOR EACH ROW EXECUTE FUNCTION plan_parts_refuse_published_edits();
CREATE TRIGGER stage_questions_frozen BEFORE INSERT OR UPDATE OR DELETE ON stage_questions
    FOR EACH ROW EXECUTE FUNCTION plan_parts_refuse_published_edits();
