-- Failed sign-ins, counted per account and per client address in a fixed window that opens with the first failure.
-- Every instance reads and writes the same rows, and each attempt is counted by one INSERT ... ON CONFLICT UPDATE,
-- so concurrent attempts count exactly. Accounts are keyed by the SHA-256 of the lower-cased email, so that
-- addresses typed by strangers are not stored.
CREATE TABLE login_attempts (
    scope        text        NOT NULL CHECK (scope IN ('account', 'address')),
    key          text        NOT NULL,
    window_start timestamptz NOT NULL,
    failures     integer     NOT NULL CHECK (failures >= 0),
    PRIMARY KEY (scope, key),
    CHECK (scope <> 'account' OR key ~ '^[0-9a-f]{64}$'),
    CHECK (scope <> 'address' OR key ~ '^[0-9A-Fa-f:.]{2,45}$')
);
