-- Users, their roles, stored refresh tokens, and the audit trail every write leaves.

CREATE TABLE users (
    id                     uuid PRIMARY KEY,
    email                  text        NOT NULL CHECK (length(email) BETWEEN 3 AND 254 AND email LIKE '%_@_%'),
    display_name           text        NOT NULL CHECK (length(btrim(display_name)) BETWEEN 1 AND 120),
    password_hash          text        NOT NULL CHECK (password_hash LIKE '$2%'),
    roles                  text[]      NOT NULL CHECK (cardinality(roles) >= 1
                                        AND roles <@ ARRAY['ADMIN', 'RECRUITER', 'INTERVIEWER', 'HIRING_MANAGER']),
    active                 boolean     NOT NULL DEFAULT true,
    time_zone              text        NOT NULL DEFAULT 'UTC',
    weekly_interview_limit integer     CHECK (weekly_interview_limit BETWEEN 1 AND 40),
    version                bigint      NOT NULL DEFAULT 0,
    created_at             timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL
);
CREATE UNIQUE INDEX users_email_unique ON users (lower(email));

-- Refresh tokens are stored as SHA-256 hashes; a family is one sign-in and everything rotated from it.
CREATE TABLE refresh_tokens (
    id          uuid PRIMARY KEY,
    user_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    family_id   uuid        NOT NULL,
    token_hash  text        NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz,
    revoked_at  timestamptz,
    CHECK (expires_at > created_at)
);
CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id);
CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);

CREATE TABLE audit_events (
    id          uuid PRIMARY KEY,
    occurred_at timestamptz NOT NULL,
    actor_id    uuid REFERENCES users (id),
    action      text        NOT NULL CHECK (action ~ '^[a-z]+(\.[a-z-]+)+$'),
    entity_type text        NOT NULL CHECK (length(entity_type) BETWEEN 1 AND 60),
    entity_id   uuid,
    details     jsonb       NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_events_entity_idx ON audit_events (entity_type, entity_id, occurred_at);
CREATE INDEX audit_events_actor_idx ON audit_events (actor_id);
