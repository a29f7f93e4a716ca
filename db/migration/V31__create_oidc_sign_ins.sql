-- Sign-in through the company's OpenID provider: each sign-in from its start until its callback, and the users who
-- sign in that way.

-- A started sign-in. Its state, nonce and the browser that started it are kept only as SHA-256 hashes; the PKCE
-- verifier is kept as it is, since it goes to the provider with the code. A callback spends the row once
-- (consumed_at): a replayed callback finds it spent. Rows are deleted once expired.
CREATE TABLE oidc_sign_ins (
    state_hash    text        PRIMARY KEY CHECK (state_hash ~ '^[0-9a-f]{64}$'),
    browser_hash  text        NOT NULL CHECK (browser_hash ~ '^[0-9a-f]{64}$'),
    nonce_hash    text        NOT NULL CHECK (nonce_hash ~ '^[0-9a-f]{64}$'),
    code_verifier text        NOT NULL CHECK (code_verifier ~ '^[A-Za-z0-9._~-]{43,128}$'),
    return_path   text        NOT NULL CHECK (return_path LIKE '/%' AND length(return_path) <= 2000),
    created_at    timestamptz NOT NULL,
    expires_at    timestamptz NOT NULL,
    consumed_at   timestamptz,
    CHECK (expires_at > created_at)
);
CREATE INDEX oidc_sign_ins_expiry_idx ON oidc_sign_ins (expires_at);

-- The account at the provider that each such user signs in with: one per user, and one user per account.
CREATE TABLE oidc_accounts (
    user_id   uuid        PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    issuer    text        NOT NULL CHECK (length(issuer) BETWEEN 1 AND 500),
    subject   text        NOT NULL CHECK (length(subject) BETWEEN 1 AND 255),
    linked_at timestamptz NOT NULL,
    UNIQUE (issuer, subject)
);
