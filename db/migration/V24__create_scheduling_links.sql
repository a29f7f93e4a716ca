-- Self-scheduling links: a candidate books one round of their application from a secret link, without signing in.
-- The token is stored as its SHA-256 only. The composite keys prove, as interviews' do, that the stage belongs to
-- the application's plan. A link remembers its interview (the one it booked last); a cancelled one lets it book again.
CREATE TABLE scheduling_links (
    id             uuid        PRIMARY KEY,
    token_hash     text        NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    application_id uuid        NOT NULL,
    candidate_id   uuid        NOT NULL,
    plan_id        uuid        NOT NULL,
    stage_id       uuid        NOT NULL,
    window_from    timestamptz NOT NULL,
    window_to      timestamptz NOT NULL,
    panel_size     integer     NOT NULL CHECK (panel_size BETWEEN 1 AND 8),
    location       text        NOT NULL CHECK (length(location) <= 500),
    expires_at     timestamptz NOT NULL,
    revoked_at     timestamptz,
    interview_id   uuid        REFERENCES interviews (id) ON DELETE SET NULL,
    created_by     uuid        REFERENCES users (id) ON DELETE SET NULL,
    created_at     timestamptz NOT NULL,
    CHECK (window_to > window_from AND window_to - window_from <= interval '60 days'),
    CHECK (expires_at > created_at),
    FOREIGN KEY (application_id, candidate_id, plan_id) REFERENCES applications (id, candidate_id, plan_id),
    FOREIGN KEY (stage_id, plan_id) REFERENCES plan_stages (id, plan_id)
);
CREATE INDEX scheduling_links_application_idx ON scheduling_links (application_id, created_at);
CREATE INDEX scheduling_links_candidate_idx ON scheduling_links (candidate_id);
CREATE INDEX scheduling_links_plan_idx ON scheduling_links (plan_id);
CREATE INDEX scheduling_links_stage_idx ON scheduling_links (stage_id, plan_id);
CREATE INDEX scheduling_links_interview_idx ON scheduling_links (interview_id);
CREATE INDEX scheduling_links_created_by_idx ON scheduling_links (created_by);

-- Every start a link's page has offered: a booking at one of them that is no longer free is "just taken" (409),
-- a start never offered is refused as such (422).
CREATE TABLE scheduling_link_offers (
    link_id   uuid        NOT NULL REFERENCES scheduling_links (id) ON DELETE CASCADE,
    starts_at timestamptz NOT NULL,
    PRIMARY KEY (link_id, starts_at)
);

-- Requests to the public scheduling endpoints and pages, per client address in a fixed one-minute window, counted by
-- one INSERT ... ON CONFLICT UPDATE each, so every instance shares the count.
CREATE TABLE public_request_counts (
    address      text        PRIMARY KEY CHECK (length(address) BETWEEN 1 AND 64),
    window_start timestamptz NOT NULL,
    requests     integer     NOT NULL CHECK (requests >= 0)
);
CREATE INDEX public_request_counts_window_idx ON public_request_counts (window_start);
