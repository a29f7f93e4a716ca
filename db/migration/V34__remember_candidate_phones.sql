-- Every phone number a candidate has been given, so that erasure can find each of them in free text (a note may
-- hold a number the candidate has since changed). A trigger writes it, in the transaction of the write that gave
-- the number, so that every way a candidate is written (the API and pages, upserts by external id, bulk imports)
-- records it without having to remember to. Erasure reads the numbers, then deletes them.
CREATE TABLE candidate_phones (
    candidate_id uuid        NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
    phone        text        NOT NULL CHECK (length(btrim(phone)) BETWEEN 1 AND 50),
    given_at     timestamptz NOT NULL,
    PRIMARY KEY (candidate_id, phone)
);

CREATE FUNCTION remember_candidate_phone() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO candidate_phones (candidate_id, phone, given_at) VALUES (NEW.id, NEW.phone, now())
    ON CONFLICT (candidate_id, phone) DO NOTHING;
    RETURN NULL;
END $$;
CREATE TRIGGER candidates_remember_phone AFTER INSERT OR UPDATE OF phone ON candidates
    FOR EACH ROW WHEN (NEW.phone IS NOT NULL AND btrim(NEW.phone) <> '') EXECUTE FUNCTION remember_candidate_phone();

INSERT INTO candidate_phones (candidate_id, phone, given_at)
SELECT id, phone, updated_at FROM candidates WHERE phone IS NOT NULL AND btrim(phone) <> '';
