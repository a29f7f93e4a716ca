-- The outbox: every mail and webhook Panelist sends, written in the transaction of the change that causes it, so
-- nothing is sent for a rolled-back change and nothing is lost for a committed one. A dispatcher in every instance
-- claims due PENDING rows with FOR UPDATE SKIP LOCKED under a lease (lease_until, leased_by); a claim also moves
-- next_attempt_at to the lease's end, so a row whose instance died mid-send is simply due again once the lease ends.
-- HELD: nothing is configured to send it (no SMTP server): it waits for an administrator at /admin/mail.
--
-- candidate_id names the candidate a message is to or about, so that erasing the person finds every message. It has
-- no foreign key to candidates: notifications sits below recruiting and knows none of its tables, and erasure
-- anonymizes a candidate rather than deleting the row, so the id never dangles in practice.
CREATE TABLE outbox (
    id              uuid        PRIMARY KEY,
    kind            text        NOT NULL CHECK (kind IN ('INVITATION', 'UPDATE', 'CANCELLATION', 'SCORECARD_REMINDER',
                                                         'CANDIDATE_REMINDER', 'EVIDENCE_COMPLETE', 'WEBHOOK')),
    status          text        NOT NULL CHECK (status IN ('HELD', 'PENDING', 'SENT', 'DEAD', 'SKIPPED')),
    recipient       text        NOT NULL CHECK (length(recipient) BETWEEN 1 AND 2048),
    subject         text        NOT NULL CHECK (length(subject) <= 998),
    -- the rendered message: for mail {to, subject, text, html, calendar {method, ics}, headers}; for a webhook what
    -- its transport needs
    payload         jsonb       NOT NULL CHECK (jsonb_typeof(payload) = 'object'),
    candidate_id    uuid,
    -- one message per key, whichever instance enqueues it first (a reminder job running in every instance)
    dedupe_key      text        UNIQUE CHECK (length(dedupe_key) BETWEEN 1 AND 300),
    attempts        integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz NOT NULL,
    lease_until     timestamptz,
    leased_by       text        CHECK (length(leased_by) BETWEEN 1 AND 100),
    last_error      text        CHECK (length(last_error) <= 500),
    created_at      timestamptz NOT NULL,
    sent_at         timestamptz,
    CONSTRAINT outbox_sent_at_iff_sent CHECK ((status = 'SENT') = (sent_at IS NOT NULL)),
    CONSTRAINT outbox_lease_whole CHECK ((lease_until IS NULL) = (leased_by IS NULL)),
    CONSTRAINT outbox_only_pending_leased CHECK (status = 'PENDING' OR lease_until IS NULL),
    CONSTRAINT outbox_dead_says_why CHECK (status <> 'DEAD' OR (last_error IS NOT NULL AND attempts > 0)),
    CONSTRAINT outbox_sent_after_created CHECK (sent_at IS NULL OR sent_at >= created_at)
);

-- the dispatcher's claim: due PENDING rows in the order they fall due
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE status = 'PENDING';
-- erasure: every message to or about one candidate
CREATE INDEX outbox_candidate ON outbox (candidate_id) WHERE candidate_id IS NOT NULL;
-- the admin list, newest first
CREATE INDEX outbox_newest ON outbox (created_at DESC, id);
