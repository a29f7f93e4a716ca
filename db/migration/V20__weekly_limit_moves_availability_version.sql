-- An availability's weeklyLimit is users.weekly_interview_limit (V18): whoever changes the limit (the user
-- administration, or an availability PUT through the identity service) changes the availability, so its version moves
-- with it and an If-Match read before the change is stale. A person who saved nothing gets their row here, holding
-- the defaults (no zone of its own, no daily limit, no buffer, no weekly hours), which mean the same as no row.
CREATE FUNCTION users_weekly_limit_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO interviewer_availability AS a (user_id, version, updated_at) VALUES (NEW.id, 1, now())
    ON CONFLICT (user_id) DO UPDATE SET version = a.version + 1, updated_at = EXCLUDED.updated_at;
    RETURN NULL;
END $$;

CREATE TRIGGER users_weekly_limit_moves_availability AFTER UPDATE OF weekly_interview_limit ON users
    FOR EACH ROW WHEN (OLD.weekly_interview_limit IS DISTINCT FROM NEW.weekly_interview_limit)
    EXECUTE FUNCTION users_weekly_limit_changed();
