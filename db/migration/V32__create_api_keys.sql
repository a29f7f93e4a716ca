-- API keys let other systems call the API without a person's sign-in. Only the SHA-256 of a key is kept (the key is
-- shown once, when it is made), so a copy of the database opens nothing. A key is never deleted, only revoked: the
-- audit events it left keep naming it.
CREATE TABLE api_keys (
    id           uuid PRIMARY KEY,
    name         text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 120),
    key_hash     text        NOT NULL UNIQUE CHECK (key_hash ~ '^[0-9a-f]{64}$'),
    scopes       text[]      NOT NULL CHECK (cardinality(scopes) >= 1
                             AND scopes <@ ARRAY['candidates:write', 'applications:write', 'interviews:read',
                                                 'scorecards:read', 'recommendations:read']),
    created_by   uuid        NOT NULL REFERENCES users (id),
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    revoked_at   timestamptz,
    last_used_at timestamptz,
    CHECK (expires_at > created_at),
    CHECK (revoked_at IS NULL OR revoked_at >= created_at)
);
CREATE INDEX api_keys_created_by_idx ON api_keys (created_by);
CREATE INDEX api_keys_listing_idx ON api_keys (created_at DESC, id);

-- An audit event's actor is a person (USER) or an API key (API_KEY). actor_id names either, so its foreign key moves
-- to two generated columns, one per kind: each actor id still has to exist in the table of its kind.
ALTER TABLE audit_events
    ADD COLUMN actor_type text NOT NULL DEFAULT 'USER' CHECK (actor_type IN ('USER', 'API_KEY')),
    ADD CONSTRAINT audit_events_api_key_actor_named CHECK (actor_type <> 'API_KEY' OR actor_id IS NOT NULL);
ALTER TABLE audit_events DROP CONSTRAINT audit_events_actor_id_fkey;
ALTER TABLE audit_events
    ADD COLUMN actor_user_id uuid
        GENERATED ALWAYS AS (CASE WHEN actor_type = 'USER' THEN actor_id END) STORED REFERENCES users (id),
    ADD COLUMN actor_api_key_id uuid
        GENERATED ALWAYS AS (CASE WHEN actor_type = 'API_KEY' THEN actor_id END) STORED REFERENCES api_keys (id);
-- the index on actor_id served its foreign key, which now sits on actor_user_id: the index moves with it
DROP INDEX audit_events_actor_idx;
CREATE INDEX audit_events_actor_user_idx ON audit_events (actor_user_id);
CREATE INDEX audit_events_actor_api_key_idx ON audit_events (actor_api_key_id) WHERE actor_api_key_id IS NOT NULL;
