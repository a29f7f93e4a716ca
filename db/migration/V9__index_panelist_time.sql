-- A person's interviews in a window (their agenda, their week on a recruiter's screen) are found by their panel rows:
-- each row carries its interview's time as `during` (kept by the triggers of V4) for every status, whereas the
-- exclusion constraint's index holds only live rows.
CREATE INDEX interview_panelists_user_during_idx ON interview_panelists USING gist (user_id, during);
