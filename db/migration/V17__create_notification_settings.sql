-- Which optional mails each user wants. Invitations, updates and cancellations cannot be turned off; scorecard
-- reminders and the hiring manager's "evidence complete" mail can. No row means both are on: a user who never
-- changed anything gets every mail, and the reminder job's join finds nothing to read for them.
CREATE TABLE notification_settings (
    user_id             uuid        PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    scorecard_reminders boolean     NOT NULL,
    evidence_complete   boolean     NOT NULL,
    version             bigint      NOT NULL CHECK (version >= 0),
    updated_at          timestamptz NOT NULL
);
