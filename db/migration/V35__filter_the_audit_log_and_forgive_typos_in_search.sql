-- The audit log filters by actor, action and time, newest first. Each filter gets an index that answers it in the
-- log's order, so a page reads its rows without scanning or sorting the whole log.
CREATE INDEX audit_events_time_idx ON audit_events (occurred_at DESC, id);
CREATE INDEX audit_events_actor_time_idx ON audit_events (actor_id, occurred_at DESC, id);
-- text_pattern_ops: the same index answers an exact action and a prefix (candidate.%) whatever the collation
CREATE INDEX audit_events_action_time_idx ON audit_events (action text_pattern_ops, occurred_at DESC, id);

-- Question search forgives typos: when the words find nothing, questions whose prompt or tags hold words close to
-- them (pg_trgm's word similarity), and a "did you mean" from the words the bank uses. pg_trgm is a trusted
-- extension: a database owner without superuser rights may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX question_revisions_similar_idx ON question_revisions
    USING gin ((prompt || ' ' || question_tags_text(tags)) gin_trgm_ops);

-- Every word of three to forty letters or digits that a revision's searched text (prompt, tags, guidance) ever held,
-- lower case: the vocabulary "did you mean" picks from. Kept by a trigger; a word outlives the revision that brought
-- it, which costs at worst a suggestion that finds only older revisions' questions.
CREATE TABLE question_words (
    word text PRIMARY KEY CHECK (length(word) BETWEEN 3 AND 40 AND word = lower(word))
);
CREATE INDEX question_words_similar_idx ON question_words USING gin (word gin_trgm_ops);

-- The words of a revision's searched text that "did you mean" may offer, lower case.
CREATE FUNCTION searched_words(prompt text, tags text[], guidance text) RETURNS SETOF text
    LANGUAGE sql IMMUTABLE AS $$
    SELECT w FROM regexp_split_to_table(lower(prompt || ' ' || question_tags_text(tags) || ' ' || guidance),
                                        '[^[:alnum:]]+') AS w
     WHERE length(w) BETWEEN 3 AND 40
$$;

CREATE FUNCTION remember_question_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- in word order, so two imports that share words lock them in the same order and never deadlock
    INSERT INTO question_words (word)
    SELECT DISTINCT w FROM added a, searched_words(a.prompt, a.tags, a.guidance) AS w
     ORDER BY w
        ON CONFLICT (word) DO NOTHING;
    RETURN NULL;
END
$$;
CREATE TRIGGER question_revisions_remember_words AFTER INSERT ON question_revisions
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION remember_question_words();

INSERT INTO question_words (word)
SELECT DISTINCT w FROM question_revisions r, searched_words(r.prompt, r.tags, r.guidance) AS w
 ORDER BY w;
