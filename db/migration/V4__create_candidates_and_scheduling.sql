-- Candidates, applications and scheduled interviews. PostgreSQL itself refuses double bookings.

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE candidates (
    id         uuid PRIMARY KEY,
    name       text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    email      text        CHECK (email IS NULL OR length(email) BETWEEN 3 AND 254),
    phone      text        CHECK (phone IS NULL OR length(phone) <= 50),
    source     text        CHECK (source IS NULL OR length(source) <= 2000),
    erased_at  timestamptz,
    version    bigint      NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    CHECK (erased_at IS NULL OR (email IS NULL AND phone IS NULL AND source IS NULL))
);
CREATE UNIQUE INDEX candidates_email_unique ON candidates (lower(email)) WHERE email IS NOT NULL;
CREATE INDEX candidates_name_idx ON candidates (lower(name));

CREATE TABLE applications (
    id            uuid PRIMARY KEY,
    candidate_id  uuid        NOT NULL REFERENCES candidates (id),
    position_id   uuid        NOT NULL REFERENCES positions (id),
    plan_id       uuid        NOT NULL REFERENCES plans (id),
    status        text        NOT NULL CHECK (status IN ('ACTIVE', 'HIRED', 'REJECTED', 'WITHDRAWN')),
    closed_reason text        CHECK (closed_reason IS NULL OR length(closed_reason) <= 2000),
    closed_at     timestamptz,
    version       bigint      NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    CHECK ((status = 'ACTIVE') = (closed_at IS NULL)),
    -- lets interviews prove, by foreign key, that their candidate and plan are the application's
    UNIQUE (id, candidate_id, plan_id)
);
CREATE INDEX applications_candidate_idx ON applications (candidate_id);
CREATE INDEX applications_position_idx ON applications (position_id, created_at);
CREATE INDEX applications_plan_idx ON applications (plan_id);
CREATE UNIQUE INDEX applications_one_active_per_position ON applications (candidate_id, position_id)
    WHERE status = 'ACTIVE';

ALTER TABLE plan_stages ADD CONSTRAINT plan_stages_id_plan_unique UNIQUE (id, plan_id);

CREATE TABLE interviews (
    id             uuid PRIMARY KEY,
    application_id uuid        NOT NULL,
    candidate_id   uuid        NOT NULL,
    plan_id        uuid        NOT NULL,
    stage_id       uuid        NOT NULL,
    starts_at      timestamptz NOT NULL,
    ends_at        timestamptz NOT NULL,
    time_zone      text        NOT NULL CHECK (length(time_zone) BETWEEN 1 AND 64),
    location       text        NOT NULL CHECK (length(location) <= 500),
    status         text        NOT NULL CHECK (status IN ('SCHEDULED', 'COMPLETED', 'CANCELLED', 'NO_SHOW')),
    status_reason  text        CHECK (status_reason IS NULL OR length(status_reason) <= 2000),
    sequence       integer     NOT NULL DEFAULT 0 CHECK (sequence >= 0),
    version        bigint      NOT NULL DEFAULT 0,
    created_by     uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    CHECK (ends_at > starts_at AND ends_at - starts_at <= interval '8 hours'),
    FOREIGN KEY (application_id, candidate_id, plan_id) REFERENCES applications (id, candidate_id, plan_id),
    FOREIGN KEY (stage_id, plan_id) REFERENCES plan_stages (id, plan_id),
    -- a candidate is never in two overlapping live interviews; back to back ('[)') is fine
    CONSTRAINT interviews_candidate_not_double_booked EXCLUDE USING gist (
        candidate_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&) WHERE (status <> 'CANCELLED')
);
CREATE INDEX interviews_application_idx ON interviews (application_id);
CREATE INDEX interviews_stage_idx ON interviews (stage_id);
CREATE INDEX interviews_plan_idx ON interviews (plan_id);
CREATE INDEX interviews_created_by_idx ON interviews (created_by);
CREATE INDEX interviews_starts_at_idx ON interviews (starts_at);

-- The panel. Each row carries its interview's time range and liveness (kept by the triggers below), so that one
-- exclusion constraint refuses any panelist in two overlapping live interviews, however concurrent the requests.
CREATE TABLE interview_panelists (
    interview_id uuid      NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
    user_id      uuid      NOT NULL REFERENCES users (id),
    during       tstzrange NOT NULL,
    live         boolean   NOT NULL,
    PRIMARY KEY (interview_id, user_id),
    CONSTRAINT panelists_not_double_booked EXCLUDE USING gist (user_id WITH =, during WITH &&) WHERE (live)
);
CREATE INDEX interview_panelists_user_idx ON interview_panelists (user_id);

CREATE FUNCTION interview_panelists_take_interview_time() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT tstzrange(i.starts_at, i.ends_at, '[)'), i.status <> 'CANCELLED' INTO NEW.during, NEW.live
      FROM interviews i WHERE i.id = NEW.interview_id;
    RETURN NEW;
END $$;
CREATE TRIGGER interview_panelists_time BEFORE INSERT OR UPDATE ON interview_panelists
    FOR EACH ROW EXECUTE FUNCTION interview_panelists_take_interview_time();

CREATE FUNCTION interviews_move_panel() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE interview_panelists
       SET during = tstzrange(NEW.starts_at, NEW.ends_at, '[)'), live = NEW.status <> 'CANCELLED'
     WHERE interview_id = NEW.id;
    RETURN NEW;
END $$;
CREATE TRIGGER interviews_panel_follows AFTER UPDATE OF starts_at, ends_at, status ON interviews
    FOR EACH ROW EXECUTE FUNCTION interviews_move_panel();
