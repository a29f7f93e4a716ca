-- Webhooks: HTTP endpoints of the customer's own systems that hear about interviews, scorecards, decisions and
-- erasures. Only ids leave by webhook; the body of each message is fixed in the outbox when the change commits.
--
-- secret is the signing key the administrator received once, at creation ("whsec_" + base64 of 32 random bytes).
-- It is kept as issued because signing needs it (HMAC-SHA256, as Standard Webhooks does); the API never shows it
-- again, and it never enters the outbox, whose payloads administrators can read.
CREATE TABLE webhooks (
    id         uuid        PRIMARY KEY,
    url        text        NOT NULL CHECK (length(url) BETWEEN 8 AND 2048 AND url ~* '^https?://'),
    events     text[]      NOT NULL CHECK (cardinality(events) BETWEEN 1 AND 6
                                           AND events <@ ARRAY['interview.scheduled', 'interview.rescheduled',
                                                               'interview.cancelled', 'scorecard.submitted',
                                                               'decision.recorded', 'candidate.erased']::text[]),
    active     boolean     NOT NULL,
    secret     text        NOT NULL CHECK (secret ~ '^whsec_[A-Za-z0-9+/]{43}=$'),
    version    bigint      NOT NULL CHECK (version >= 0),
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL CHECK (updated_at >= created_at)
);

-- publishing: the active webhooks that hear one event
CREATE INDEX webhooks_active_events ON webhooks USING gin (events) WHERE active;

-- Every attempt to send a webhook message: what the receiver answered (response_status) or why nothing was answered
-- (error). webhook_message_id is the webhook-id header, the same on every retry and redelivery of one message.
-- outbox_message_id has no foreign key: erasing a candidate deletes their unsent outbox messages, while the record
-- of an attempt (ids, a status, an error with no personal data) stays.
CREATE TABLE webhook_deliveries (
    id                 uuid        PRIMARY KEY,
    webhook_id         uuid        NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
    outbox_message_id  uuid        NOT NULL,
    event              text        NOT NULL CHECK (event IN ('interview.scheduled', 'interview.rescheduled',
                                                             'interview.cancelled', 'scorecard.submitted',
                                                             'decision.recorded', 'candidate.erased')),
    webhook_message_id text        NOT NULL CHECK (webhook_message_id ~ '^msg_[A-Za-z0-9]{1,64}$'),
    attempt            integer     NOT NULL CHECK (attempt >= 1),
    response_status    integer     CHECK (response_status BETWEEN 100 AND 599),
    error              text        CHECK (length(error) BETWEEN 1 AND 500),
    created_at         timestamptz NOT NULL,
    CONSTRAINT webhook_deliveries_answer_or_error CHECK (response_status IS NOT NULL OR error IS NOT NULL)
);

-- the deliveries of one webhook, newest first (and the foreign key's index)
CREATE INDEX webhook_deliveries_of_webhook ON webhook_deliveries (webhook_id, created_at DESC, id);
