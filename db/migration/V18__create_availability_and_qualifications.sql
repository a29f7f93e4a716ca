-- When each interviewer can interview, and which topics they may judge. Scheduling owns both: find-times, the
-- booking checks and self-scheduling read them; recommendation reads qualifications to leave trainees' scores out.
--
-- interviewer_availability: one row per person who saved anything. No row, or no weekly hours, means Monday to
-- Friday 09:00-17:00 in the person's time zone. time_zone NULL means the user's own (users.time_zone). The weekly
-- limit is users.weekly_interview_limit (Part 1's value and the availability's weeklyLimit are one); the daily limit
-- and the buffer live here. Days and weeks (from Monday) are counted in the availability's time zone.
CREATE TABLE interviewer_availability (
    user_id        uuid        PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    time_zone      text        CHECK (time_zone IS NULL OR length(time_zone) BETWEEN 1 AND 64),
    daily_limit    integer     CHECK (daily_limit BETWEEN 1 AND 12),
    buffer_minutes integer     NOT NULL DEFAULT 0 CHECK (buffer_minutes BETWEEN 0 AND 240),
    version        bigint      NOT NULL DEFAULT 0 CHECK (version >= 0),
    updated_at     timestamptz NOT NULL
);

-- Weekly hours: ISO day (1 Monday .. 7 Sunday) and minutes after local midnight, [from_minute, to_minute).
-- Ranges of one person on one day never overlap (back to back is fine).
CREATE TABLE availability_weekly (
    user_id     uuid     NOT NULL REFERENCES interviewer_availability (user_id) ON DELETE CASCADE,
    day         smallint NOT NULL CHECK (day BETWEEN 1 AND 7),
    from_minute smallint NOT NULL CHECK (from_minute BETWEEN 0 AND 1439),
    to_minute   smallint NOT NULL CHECK (to_minute BETWEEN 1 AND 1440),
    CHECK (to_minute > from_minute),
    PRIMARY KEY (user_id, day, from_minute),
    CONSTRAINT availability_weekly_no_overlap EXCLUDE USING gist (
        user_id WITH =, day WITH =, int4range(from_minute, to_minute, '[)') WITH &&)
);

-- Times a person is away (holidays, a conference): no interview is suggested or self-booked inside one.
CREATE TABLE availability_exceptions (
    id      uuid      PRIMARY KEY,
    user_id uuid      NOT NULL REFERENCES interviewer_availability (user_id) ON DELETE CASCADE,
    during  tstzrange NOT NULL CHECK (NOT isempty(during) AND NOT lower_inf(during) AND NOT upper_inf(during)),
    reason  text      CHECK (reason IS NULL OR length(reason) <= 500)
);
CREATE INDEX availability_exceptions_user_during ON availability_exceptions USING gist (user_id, during);

-- Who may judge which topic: QUALIFIED covers the topic on a panel; a TRAINEE sits and scores, but their scores
-- count in no recommendation, calibration or reliability. Nothing recorded counts as before (neither).
CREATE TABLE interviewer_qualifications (
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    topic_id   uuid        NOT NULL REFERENCES topics (id),
    level      text        NOT NULL CHECK (level IN ('QUALIFIED', 'TRAINEE')),
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (user_id, topic_id)
);
CREATE INDEX interviewer_qualifications_topic ON interviewer_qualifications (topic_id, level);
