-- Topics with versioned rubrics, questions with revisions, and full-text search over the current revision.

CREATE TABLE topics (
    id             uuid PRIMARY KEY,
    key            text        NOT NULL UNIQUE CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(key) <= 60),
    name           text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 120),
    description    text        NOT NULL CHECK (length(description) <= 2000),
    rubric_version integer     NOT NULL CHECK (rubric_version >= 1),
    version        bigint      NOT NULL DEFAULT 0,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL
);

-- Every rubric version ever in force stays readable: scorecards name the version they were scored against.
CREATE TABLE rubric_versions (
    topic_id   uuid        NOT NULL REFERENCES topics (id) ON DELETE CASCADE,
    version    integer     NOT NULL CHECK (version >= 1),
    anchors    jsonb       NOT NULL CHECK (jsonb_typeof(anchors) = 'array' AND jsonb_array_length(anchors) = 4
                                           AND jsonb_path_query_array(anchors, '$[*].score') = '[1, 2, 3, 4]'::jsonb),
    created_at timestamptz NOT NULL,
    created_by uuid REFERENCES users (id) ON DELETE SET NULL,
    PRIMARY KEY (topic_id, version)
);
CREATE INDEX rubric_versions_created_by_idx ON rubric_versions (created_by);

ALTER TABLE topics ADD CONSTRAINT topics_current_rubric_fk FOREIGN KEY (id, rubric_version)
    REFERENCES rubric_versions (topic_id, version) DEFERRABLE INITIALLY DEFERRED;

CREATE TABLE questions (
    id               uuid PRIMARY KEY,
    key              text        NOT NULL UNIQUE CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(key) <= 80),
    current_revision integer     NOT NULL CHECK (current_revision >= 1),
    retired_at       timestamptz,
    version          bigint      NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL
);

-- array_to_string is only STABLE (it could depend on settings for other element types); for text[] it is not,
-- and a generated column needs an IMMUTABLE expression.
CREATE FUNCTION question_tags_text(tags text[]) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT array_to_string(tags, ' ') $$;

CREATE TABLE question_revisions (
    question_id uuid        NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    revision    integer     NOT NULL CHECK (revision >= 1),
    topic_id    uuid        NOT NULL REFERENCES topics (id),
    level       text        NOT NULL CHECK (level IN ('JUNIOR', 'MID', 'SENIOR')),
    kind        text        NOT NULL CHECK (kind IN ('CONCEPT', 'CODING', 'DESIGN', 'BEHAVIORAL')),
    prompt      text        NOT NULL CHECK (length(btrim(prompt)) BETWEEN 1 AND 2000),
    guidance    text        NOT NULL CHECK (length(btrim(guidance)) BETWEEN 1 AND 4000),
    follow_ups  text[]      NOT NULL CHECK (cardinality(follow_ups) <= 10),
    tags        text[]      NOT NULL CHECK (cardinality(tags) <= 10),
    minutes     integer     NOT NULL CHECK (minutes BETWEEN 1 AND 90),
    created_at  timestamptz NOT NULL,
    created_by  uuid REFERENCES users (id) ON DELETE SET NULL,
    search      tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('english', prompt), 'A')
                    || setweight(to_tsvector('english', question_tags_text(tags)), 'B')
                    || setweight(to_tsvector('english', guidance), 'C')) STORED,
    PRIMARY KEY (question_id, revision)
);
CREATE INDEX question_revisions_topic_idx ON question_revisions (topic_id);
CREATE INDEX question_revisions_created_by_idx ON question_revisions (created_by);
CREATE INDEX question_revisions_search_idx ON question_revisions USING gin (search);
CREATE INDEX question_revisions_tags_idx ON question_revisions USING gin (tags);

ALTER TABLE questions ADD CONSTRAINT questions_current_revision_fk FOREIGN KEY (id, current_revision)
    REFERENCES question_revisions (question_id, revision) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX questions_created_at_idx ON questions (created_at DESC);
