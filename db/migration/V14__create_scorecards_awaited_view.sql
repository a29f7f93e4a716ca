-- Scoring stays independent: no one reads the panel's scorecards of an application while a scorecard of their own
-- for it is still to submit. This view is that rule's one home (scoring owns it): one row per panelist of a held or
-- upcoming interview (SCHEDULED or COMPLETED; a cancelled interview or a no-show awaits nothing) who has not
-- submitted a scorecard for it. A plain view, so PostgreSQL inlines it into each query that reads it and the
-- caller's application_id and panelist_id reach the same indexes the joins written out did.
CREATE VIEW scorecards_awaited AS
SELECT i.application_id, i.id AS interview_id, ip.user_id AS panelist_id
  FROM interviews i
  JOIN interview_panelists ip ON ip.interview_id = i.id
 WHERE i.status IN ('SCHEDULED', 'COMPLETED')
   AND NOT EXISTS (SELECT 1 FROM scorecards s
                    WHERE s.interview_id = i.id AND s.panelist_id = ip.user_id AND s.status = 'SUBMITTED');
