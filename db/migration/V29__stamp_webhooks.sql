-- The webhooks change only with webhooks_stamp, in the same transaction (a trigger renews it with any write to
-- webhooks), so the active webhooks kept in memory with the stamp they were read under are current exactly while the
-- stamp is the same (notifications.webhooks.Webhooks): a booking reads the stamp in a statement it sends anyway,
-- instead of reading the webhooks again. Random rather than counted, as calibration_stamp (V13).
CREATE TABLE webhooks_stamp (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    stamp    uuid    NOT NULL
);
INSERT INTO webhooks_stamp (only_row, stamp) VALUES (true, gen_random_uuid());

CREATE FUNCTION renew_webhooks_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO webhooks_stamp (only_row, stamp) VALUES (true, gen_random_uuid())
    ON CONFLICT (only_row) DO UPDATE SET stamp = EXCLUDED.stamp;
    RETURN NULL;
END $$;

-- whoever writes the webhooks, the stamp changes with them
CREATE TRIGGER webhooks_restamp AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON webhooks
    FOR EACH STATEMENT EXECUTE FUNCTION renew_webhooks_stamp();
