-- Decisions keep the evidence they saw (DESIGN.md, "Recommendation rules, version 2"): the application's evidence
-- version (V10) when the decision was taken, so that "the evidence changed since" is one comparison with the version
-- PostgreSQL bumps on every submission and amendment, in any query that joins the verdict row. And how many pending
-- scorecards the hiring manager acknowledged when deciding without them.
ALTER TABLE decisions ADD COLUMN evidence_version bigint;
ALTER TABLE decisions ADD COLUMN pending_acknowledged integer NOT NULL DEFAULT 0 CHECK (pending_acknowledged >= 0);

-- Decisions taken before this migration: unchanged since unless a scorecard of the application was submitted or
-- amended after the decision, which the timestamps still tell.
UPDATE decisions d
   SET evidence_version = GREATEST(0, COALESCE((SELECT v.evidence_version FROM application_verdicts v
                                                  WHERE v.application_id = d.application_id), 0)
        - CASE WHEN EXISTS (SELECT 1 FROM scorecards sc WHERE sc.application_id = d.application_id
                               AND sc.submitted_at > d.decided_at)
                 OR EXISTS (SELECT 1 FROM scorecard_amendments am JOIN scorecards sc ON sc.id = am.scorecard_id
                             WHERE sc.application_id = d.application_id AND am.created_at > d.decided_at)
               THEN 1 ELSE 0 END);
ALTER TABLE decisions ALTER COLUMN evidence_version SET NOT NULL;
ALTER TABLE decisions ADD CHECK (evidence_version >= 0);

-- An amendment records whether its author could already read another panelist's submitted scorecard of the
-- application when they made it: the independent-scoring rule (scorecards_awaited, V14) let them, since none of their
-- own was still to submit, and another panelist had submitted one. Written with the amendment, from the facts of that
-- moment (scoring.ScorecardRepository#insertAmendment); application_id is the scorecard's, so that a recommendation or
-- a ranking finds an application's flagged amendments by an index of its own.
ALTER TABLE scorecard_amendments ADD COLUMN application_id uuid REFERENCES applications (id);
ALTER TABLE scorecard_amendments ADD COLUMN panel_open_to_author boolean;

-- Amendments made before this migration, from what the timestamps tell of that moment: another panelist's scorecard
-- submitted before it, and every held or upcoming interview of the application with the author on its panel (that
-- existed then) covered by a scorecard of theirs submitted before it.
UPDATE scorecard_amendments am
   SET application_id = sc.application_id,
       panel_open_to_author =
           EXISTS (SELECT 1 FROM scorecards o
                    WHERE o.application_id = sc.application_id AND o.panelist_id <> am.author_id
                      AND o.submitted_at < am.created_at)
       AND NOT EXISTS (SELECT 1 FROM interviews i JOIN interview_panelists ip ON ip.interview_id = i.id
                        WHERE i.application_id = sc.application_id AND ip.user_id = am.author_id
                          AND i.status IN ('SCHEDULED', 'COMPLETED') AND i.created_at < am.created_at
                          AND NOT EXISTS (SELECT 1 FROM scorecards own
                                           WHERE own.interview_id = i.id AND own.panelist_id = am.author_id
                                             AND own.submitted_at <= am.created_at))
  FROM scorecards sc
 WHERE sc.id = am.scorecard_id;
ALTER TABLE scorecard_amendments ALTER COLUMN application_id SET NOT NULL;
ALTER TABLE scorecard_amendments ALTER COLUMN panel_open_to_author SET NOT NULL;
CREATE INDEX scorecard_amendments_application_idx ON scorecard_amendments (application_id);
-- the flagged ones, few: what a ranking probes once per application
CREATE INDEX scorecard_amendments_panel_open_idx ON scorecard_amendments (application_id, author_id)
    WHERE panel_open_to_author;
