-- A published plan's interview kit is frozen (V3) except for what the question bank says of its topics and
-- questions (a topic's name, a question's retirement) and the plan's own status. plan_kit_stamp changes, in the
-- same transaction, whenever any of those may have changed, so a kit kept in memory with the stamp it was read
-- under is current exactly while the stamp is the same. Random rather than counted: a database emptied and filled
-- again never shows an old stamp.
CREATE TABLE plan_kit_stamp (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    stamp    uuid    NOT NULL
);
INSERT INTO plan_kit_stamp (only_row, stamp) VALUES (true, gen_random_uuid());

CREATE FUNCTION plan_kit_sources_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO plan_kit_stamp (only_row, stamp) VALUES (true, gen_random_uuid())
    ON CONFLICT (only_row) DO UPDATE SET stamp = EXCLUDED.stamp;
    RETURN NULL;
END $$;

CREATE TRIGGER topics_restamp_kits AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON topics
    FOR EACH STATEMENT EXECUTE FUNCTION plan_kit_sources_changed();
CREATE TRIGGER rubric_versions_restamp_kits AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON rubric_versions
    FOR EACH STATEMENT EXECUTE FUNCTION plan_kit_sources_changed();
CREATE TRIGGER questions_restamp_kits AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON questions
    FOR EACH STATEMENT EXECUTE FUNCTION plan_kit_sources_changed();
CREATE TRIGGER question_revisions_restamp_kits AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON question_revisions
    FOR EACH STATEMENT EXECUTE FUNCTION plan_kit_sources_changed();
CREATE TRIGGER plans_status_restamp_kits AFTER UPDATE OF status ON plans
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION plan_kit_sources_changed();

-- A topic's key names it in packs, plans and every verdict; what is kept in memory by topic relies on it never
-- changing (TopicService refuses it too, in words).
CREATE FUNCTION topics_refuse_key_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the key of topic % cannot change', OLD.id USING ERRCODE = '23514';
END $$;
CREATE TRIGGER topics_key_is_permanent BEFORE UPDATE OF key ON topics
    FOR EACH ROW WHEN (OLD.key IS DISTINCT FROM NEW.key) EXECUTE FUNCTION topics_refuse_key_change();
