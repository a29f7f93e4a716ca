package io.panelist.scoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ScorecardRepository extends CrudRepository<Scorecard, UUID> {

    @Query("SELECT * FROM scorecards WHERE interview_id = :interviewId AND panelist_id = :panelistId")
    Optional<Scorecard> findOwn(UUID interviewId, UUID panelistId);

    @Query("SELECT * FROM scorecards WHERE id = :id FOR UPDATE")
    Optional<Scorecard> lock(UUID id);

    @Query("""
        INSERT INTO scorecards (id, interview_id, stage_id, application_id, panelist_id, status, version, created_at, updated_at)
        VALUES (:id, :interviewId, :stageId, :applicationId, :panelistId, 'DRAFT', 0, :now, :now)
        ON CONFLICT (interview_id, panelist_id) DO NOTHING
        """)
    int createDraft(UUID id, UUID interviewId, UUID stageId, UUID applicationId, UUID panelistId, Instant now);

    /**
     * The version check and the write in one statement: of two writers holding the same version, one changes a row.
     * Answers the row as written, or nothing when the version was stale or the scorecard submitted.
     */
    @Query("""
        UPDATE scorecards SET version = version + 1, vote = :vote, summary = :summary, updated_at = :now
         WHERE id = :id AND version = :expectedVersion AND status = 'DRAFT'
        RETURNING *
        """)
    @Nullable
    Scorecard bump(UUID id, long expectedVersion, @Nullable String vote, @Nullable String summary, Instant now);

    @Query("""
        UPDATE scorecards SET version = version + 1, vote = :vote, summary = :summary, updated_at = :now
         WHERE id = :id AND version = :expectedVersion AND status = 'SUBMITTED'
        """)
    int bumpSubmitted(UUID id, long expectedVersion, @Nullable String vote, @Nullable String summary, Instant now);

    @Query("UPDATE scorecards SET status = 'SUBMITTED', submitted_at = :now, updated_at = :now, version = version + 1 WHERE id = :id AND status = 'DRAFT'")
    int submit(UUID id, Instant now);

    /**
     * Makes the stored topic scores and question notes exactly the given ones (arrays by position), in one statement:
     * rows no longer given go, new ones come, and a row is rewritten only when it changed, so an autosave that
     * changed one note writes one row.
     */
    @Query("""
        WITH dropped_topics AS (
            DELETE FROM topic_scores
             WHERE scorecard_id = :scorecardId AND topic_id <> ALL (CAST(:topicIds AS uuid[]))
        ), dropped_questions AS (
            DELETE FROM question_notes
             WHERE scorecard_id = :scorecardId AND question_id <> ALL (CAST(:questionIds AS uuid[]))
        ), noted AS (
            INSERT INTO question_notes AS n (scorecard_id, stage_id, question_id, asked, notes)
            SELECT :scorecardId, :stageId, w.question_id, w.asked, w.notes
              FROM unnest(CAST(:questionIds AS uuid[]), CAST(:asked AS boolean[]), CAST(:questionNotes AS text[]))
                   AS w(question_id, asked, notes)
            ON CONFLICT (scorecard_id, question_id) DO UPDATE SET asked = EXCLUDED.asked, notes = EXCLUDED.notes
             WHERE (n.asked, n.notes) IS DISTINCT FROM (EXCLUDED.asked, EXCLUDED.notes)
        )
        INSERT INTO topic_scores AS s (scorecard_id, stage_id, topic_id, rubric_version, score, not_assessed_reason,
                                       notes)
        SELECT :scorecardId, :stageId, w.topic_id, w.rubric_version, w.score, w.not_assessed_reason, w.notes
          FROM unnest(CAST(:topicIds AS uuid[]), CAST(:rubricVersions AS integer[]), CAST(:scores AS integer[]),
                      CAST(:notAssessedReasons AS text[]), CAST(:topicNotes AS text[]))
               AS w(topic_id, rubric_version, score, not_assessed_reason, notes)
        ON CONFLICT (scorecard_id, topic_id) DO UPDATE SET rubric_version = EXCLUDED.rubric_version,
               score = EXCLUDED.score, not_assessed_reason = EXCLUDED.not_assessed_reason, notes = EXCLUDED.notes
         WHERE (s.rubric_version, s.score, s.not_assessed_reason, s.notes)
               IS DISTINCT FROM (EXCLUDED.rubric_version, EXCLUDED.score, EXCLUDED.not_assessed_reason, EXCLUDED.notes)
        """)
    void writeContent(UUID scorecardId, UUID stageId, String[] topicIds, String[] rubricVersions, String[] scores,
                      String[] notAssessedReasons, String[] topicNotes, String[] questionIds, String[] asked,
                      String[] questionNotes);

    @Query("""
        SELECT scorecard_id, topic_id, rubric_version, score, not_assessed_reason, notes FROM topic_scores
         WHERE scorecard_id = ANY (CAST(:scorecardIds AS uuid[]))
        """)
    List<ScoringRows.TopicScoreRow> topicScores(String[] scorecardIds);

    @Query("""
        SELECT scorecard_id, question_id, asked, notes FROM question_notes
         WHERE scorecard_id = ANY (CAST(:scorecardIds AS uuid[]))
        """)
    List<ScoringRows.QuestionNoteRow> questionNotes(String[] scorecardIds);

    @Query("""
        SELECT a.id, a.scorecard_id, a.author_id, u.display_name AS author_name, a.reason, a.changes::text AS changes,
               a.created_at
          FROM scorecard_amendments a JOIN users u ON u.id = a.author_id
         WHERE a.scorecard_id = ANY (CAST(:scorecardIds AS uuid[]))
         ORDER BY a.created_at
        """)
    List<ScoringRows.AmendmentRow> amendments(String[] scorecardIds);

    /**
     * Records the amendment with whether its author could already read the panel's scorecards of the application as
     * they made it (V27): none of their own still to submit (the independent-scoring rule, scorecards_awaited) and
     * another panelist's submitted.
     */
    @Query("""
        INSERT INTO scorecard_amendments (id, scorecard_id, application_id, author_id, reason, changes, created_at,
                                          panel_open_to_author)
        SELECT :id, sc.id, sc.application_id, :authorId, :reason, CAST(:changes AS jsonb), :now,
               NOT EXISTS (SELECT 1 FROM scorecards_awaited aw
                            WHERE aw.application_id = sc.application_id AND aw.panelist_id = :authorId)
               AND EXISTS (SELECT 1 FROM scorecards o
                            WHERE o.application_id = sc.application_id AND o.panelist_id <> :authorId
                              AND o.status = 'SUBMITTED')
          FROM scorecards sc WHERE sc.id = :scorecardId
        """)
    void insertAmendment(UUID id, UUID scorecardId, UUID authorId, String reason, String changes, Instant now);

    @Query("SELECT * FROM scorecards WHERE application_id = :applicationId AND status = 'SUBMITTED' ORDER BY submitted_at")
    List<Scorecard> submittedOf(UUID applicationId);

    @Query("SELECT * FROM scorecards WHERE application_id IN (SELECT id FROM applications WHERE candidate_id = :candidateId) ORDER BY created_at")
    List<Scorecard> ofCandidate(UUID candidateId);

    /**
     * Live interviews of the application on which this user sits, less those their submitted scorecard covers: the
     * independent-scoring rule, kept in the scorecards_awaited view (V14).
     */
    @Query("SELECT count(*) FROM scorecards_awaited WHERE application_id = :applicationId AND panelist_id = :userId")
    long ownUnsubmitted(UUID applicationId, UUID userId);

    @Query("""
        SELECT EXISTS (SELECT 1 FROM interviews i JOIN interview_panelists ip ON ip.interview_id = i.id
                        WHERE i.application_id = :applicationId AND ip.user_id = :userId)
        """)
    boolean sitsOnPanel(UUID applicationId, UUID userId);

    @Query("""
        SELECT count(*) = 0 FROM interview_panelists ip
         WHERE ip.interview_id = :interviewId
           AND NOT EXISTS (SELECT 1 FROM scorecards s WHERE s.interview_id = ip.interview_id
                            AND s.panelist_id = ip.user_id AND s.status = 'SUBMITTED')
        """)
    boolean allSubmitted(UUID interviewId);

    @Query("""
        SELECT i.id AS interview_id, i.application_id, c.name AS candidate_name, p.title AS position_title,
               st.name AS stage_name, ip.user_id AS panelist_id, u.display_name AS panelist_name, i.ends_at AS ended_at,
               s.status AS scorecard_status
          FROM interviews i
          JOIN interview_panelists ip ON ip.interview_id = i.id
          JOIN users u ON u.id = ip.user_id
          JOIN applications a ON a.id = i.application_id
          JOIN candidates c ON c.id = a.candidate_id
          JOIN positions p ON p.id = a.position_id
          JOIN plan_stages st ON st.id = i.stage_id
          LEFT JOIN scorecards s ON s.interview_id = i.id AND s.panelist_id = ip.user_id
         WHERE i.status IN ('SCHEDULED', 'COMPLETED') AND i.ends_at < :cutoff
           AND (s.status IS NULL OR s.status <> 'SUBMITTED')
         ORDER BY i.ends_at, u.display_name
         LIMIT :limit OFFSET :offset
        """)
    List<ScoringRows.OverdueRow> overdue(Instant cutoff, int limit, long offset);

    @Query("""
        SELECT count(*) FROM interviews i
          JOIN interview_panelists ip ON ip.interview_id = i.id
          LEFT JOIN scorecards s ON s.interview_id = i.id AND s.panelist_id = ip.user_id
         WHERE i.status IN ('SCHEDULED', 'COMPLETED') AND i.ends_at < :cutoff
           AND (s.status IS NULL OR s.status <> 'SUBMITTED')
        """)
    long countOverdue(Instant cutoff);
}
