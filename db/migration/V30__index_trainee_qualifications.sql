-- Every aggregate leaves a trainee's scores out by testing (panelist, topic) against the TRAINEE qualifications
-- (recommendation.EvidenceSql.TRAINEE_SCORE and VOTE_COUNTS, the severity estimate's scores): PostgreSQL reads those
-- rows once per statement into a hash. Without an index on the level it read every qualification to find them (about
-- 0.3 ms of each recommendation read fresh, with 720 qualifications and no trainee); trainees are few, so a partial
-- index holds just them.
CREATE INDEX interviewer_qualifications_trainees ON interviewer_qualifications (user_id, topic_id)
    WHERE level = 'TRAINEE';
