-- A person's calendar feed: one secret token per person, stored as its SHA-256 only (the token is in the feed's
-- URL and nowhere else). A new token replaces the old one; revoking deletes the row.
CREATE TABLE calendar_feeds (
    user_id    uuid        PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    token_hash text        NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    created_at timestamptz NOT NULL
);
