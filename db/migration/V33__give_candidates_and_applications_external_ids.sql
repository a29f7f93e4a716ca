-- The ids another system (an applicant tracking system) gives candidates and applications, so that an integration
-- can say "candidate 12345" and create or update by it. Optional; unique per kind, so an upsert can be one
-- INSERT ... ON CONFLICT (external_id); taken as given (case matters), without surrounding blanks, 1 to 200
-- characters. An erased candidate keeps theirs unless it spells out the person (recruiting.candidates
-- .CandidateService): it lets a later sync of the same person be refused instead of bringing them back.
ALTER TABLE candidates ADD COLUMN external_id text
    CONSTRAINT candidates_external_id_length
        CHECK (length(external_id) BETWEEN 1 AND 200 AND external_id = btrim(external_id)),
    ADD CONSTRAINT candidates_external_id_unique UNIQUE (external_id);

ALTER TABLE applications ADD COLUMN external_id text
    CONSTRAINT applications_external_id_length
        CHECK (length(external_id) BETWEEN 1 AND 200 AND external_id = btrim(external_id)),
    ADD CONSTRAINT applications_external_id_unique UNIQUE (external_id);
