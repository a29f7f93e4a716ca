package io.panelist.recommendation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.panelist.recommendation.decision.Decision;

import java.util.List;
import java.util.UUID;

/** The aggregations behind calibration, reliability and exports; recommendations read theirs in EvidenceQueries. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface RecommendationRepository extends GenericRepository<Decision, UUID> {

    /**
     * Applications on whose panel the viewer sits with a scorecard still to submit: their scores stay hidden. The
     * rule is scoring's, kept in the scorecards_awaited view (V14).
     */
    /**
     * Whether score ts is a trainee's: given in a topic where its panelist (of scorecard sc) is an explicit TRAINEE.
     * Such a score counts in no aggregate; {@link EvidenceSql#TRAINEE_SCORE} is the same rule for recommendations.
     */
    String TRAINEE_SCORE = """
        EXISTS (SELECT 1 FROM interviewer_qualifications q
                 WHERE q.user_id = sc.panelist_id AND q.topic_id = ts.topic_id AND q.level = 'TRAINEE')
        """;

    String BLIND = """
        EXISTS (SELECT 1 FROM scorecards_awaited bw WHERE bw.application_id = a.id AND bw.panelist_id = :viewerId)
        """;

    /**
     * Calibration pairs summed per interviewer and topic: running totals that PostgreSQL keeps current on every
     * submission and amendment (interviewer_calibration, see V7).
     */
    @Query("""
        SELECT ic.interviewer_id, t.key AS topic_key, ic.pairs, ic.sum_of_differences
          FROM interviewer_calibration ic JOIN topics t ON t.id = ic.topic_id
         WHERE ic.interviewer_id = ANY (CAST(:interviewerIds AS uuid[])) AND ic.pairs > 0
        """)
    List<RecommendationRows.DifferenceRow> differences(String[] interviewerIds);

    /** The interviewer's severity in the stored joint estimate (V26); 0, neutral, without one. */
    @Query("SELECT COALESCE((SELECT s.severity FROM interviewer_severities s WHERE s.interviewer_id = :interviewerId), 0)")
    double severity(UUID interviewerId);

    /** The interviewer's submitted scores that count in calibration: a trainee's are left out. */
    @Query("""
        SELECT count(*) FROM scorecards sc JOIN topic_scores ts ON ts.scorecard_id = sc.id AND ts.score IS NOT NULL
         WHERE sc.panelist_id = :interviewerId AND sc.status = 'SUBMITTED' AND NOT
        """ + TRAINEE_SCORE)
    long scoresGiven(UUID interviewerId);

    /**
     * Reliability targets of a position: (application, topic) pairs with two or more submitted scores that count (a
     * trainee's do not).
     */
    @Query("""
        SELECT t.key AS topic_key, count(ts.score) AS count, sum(ts.score) AS sum,
               sum(ts.score * ts.score) AS sum_of_squares
          FROM applications a
          JOIN scorecards sc ON sc.application_id = a.id AND sc.status = 'SUBMITTED'
          JOIN topic_scores ts ON ts.scorecard_id = sc.id AND ts.score IS NOT NULL
          JOIN topics t ON t.id = ts.topic_id
         WHERE a.position_id = :positionId AND NOT
        """ + TRAINEE_SCORE + """
         GROUP BY a.id, t.key
        HAVING count(ts.score) >= 2
        """)
    List<RecommendationRows.TargetRow> reliabilityTargets(UUID positionId);

    /** Who submitted scorecards on the position's applications (any plan version), by name. */
    @Query("""
        SELECT u.id AS interviewer_id, u.display_name, count(*) AS scorecards
          FROM applications a
          JOIN scorecards sc ON sc.application_id = a.id AND sc.status = 'SUBMITTED'
          JOIN users u ON u.id = sc.panelist_id
         WHERE a.position_id = :positionId
         GROUP BY u.id, u.display_name
         ORDER BY u.display_name, u.id
        """)
    List<RecommendationRows.PanelRow> panelOf(UUID positionId);

    @Query("""
        SELECT p.title AS position_title, c.name AS candidate_name, a.id AS application_id, st.name AS stage_name,
               u.display_name AS interviewer_name, t.key AS topic_key, ts.score, ts.rubric_version,
               sc.submitted_at, NOT
        """ + TRAINEE_SCORE + """
               AS counted
          FROM scorecards sc
          JOIN applications a ON a.id = sc.application_id
          JOIN positions p ON p.id = a.position_id
          JOIN candidates c ON c.id = a.candidate_id
          JOIN plan_stages st ON st.id = sc.stage_id
          JOIN users u ON u.id = sc.panelist_id
          JOIN topic_scores ts ON ts.scorecard_id = sc.id AND ts.score IS NOT NULL
          JOIN topics t ON t.id = ts.topic_id
         WHERE sc.status = 'SUBMITTED'
           AND (CAST(:positionId AS uuid) IS NULL OR a.position_id = :positionId)
           AND (CAST(:applicationId AS uuid) IS NULL OR a.id = :applicationId)
           AND NOT
        """ + BLIND + """
         ORDER BY c.name, a.id, sc.submitted_at, u.display_name, t.key
        """)
    List<RecommendationRows.ExportRow> exportRows(@io.micronaut.core.annotation.Nullable UUID positionId,
                                                  @io.micronaut.core.annotation.Nullable UUID applicationId,
                                                  UUID viewerId);
}
