package io.panelist.scheduling;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface InterviewRepository extends CrudRepository<Interview, UUID> {
    /** Read models join the tables of the features below; writes go through those features' services. */
    String VIEW = """
        SELECT i.id, i.application_id, i.candidate_id, c.name AS candidate_name, a.position_id,
               p.title AS position_title, p.hiring_manager_id, i.plan_id, i.stage_id, s.name AS stage_name,
               s.kind AS stage_kind, i.starts_at, i.ends_at, i.time_zone, i.location, i.status, i.status_reason,
               i.sequence, i.version, i.created_by, i.created_at, i.updated_at
          FROM interviews i
          JOIN applications a ON a.id = i.application_id
          JOIN candidates c ON c.id = i.candidate_id
          JOIN positions p ON p.id = a.position_id
          JOIN plan_stages s ON s.id = i.stage_id
        """;

    @Query("SELECT * FROM interviews WHERE id = :id FOR UPDATE")
    Optional<Interview> findForUpdate(UUID id);

    @Query(VIEW + " WHERE i.id = :id")
    Optional<SchedulingRows.InterviewRow> findView(UUID id);

    /**
     * The user's interviews overlapping [from, to), whatever their status. A panelist row carries its interview's
     * time as {@code during} (kept by triggers), so the user's rows in the window come straight from one index.
     */
    @Query(VIEW + """
         WHERE i.id IN (SELECT ip.interview_id FROM interview_panelists ip
                         WHERE ip.user_id = :userId
                           AND ip.during && tstzrange(CAST(:from AS timestamptz), CAST(:to AS timestamptz), '[)'))
         ORDER BY i.starts_at, i.id
        """)
    List<SchedulingRows.InterviewRow> agenda(UUID userId, Instant from, Instant to);

    @Query(VIEW + " WHERE i.application_id = :applicationId ORDER BY i.starts_at, i.id")
    List<SchedulingRows.InterviewRow> ofApplication(UUID applicationId);

    @Query(VIEW + " WHERE i.candidate_id = :candidateId ORDER BY i.starts_at")
    List<SchedulingRows.InterviewRow> ofCandidate(UUID candidateId);

    @Query("""
        SELECT ip.interview_id, ip.user_id, u.display_name, u.email
          FROM interview_panelists ip JOIN users u ON u.id = ip.user_id
         WHERE ip.interview_id = ANY (CAST(:interviewIds AS uuid[]))
         ORDER BY lower(u.display_name)
        """)
    List<SchedulingRows.PanelistRow> panelists(String[] interviewIds);

    @Query("""
        SELECT DISTINCT i.application_id
          FROM interviews i JOIN interview_panelists ip ON ip.interview_id = i.id
         WHERE ip.user_id = :userId
        """)
    List<UUID> applicationsSeating(UUID userId);

    @Query("INSERT INTO interview_panelists (interview_id, user_id, during, live) VALUES (:interviewId, :userId, 'empty', false)")
    void addPanelist(UUID interviewId, UUID userId);

    @Query("DELETE FROM interview_panelists WHERE interview_id = :interviewId AND NOT (user_id = ANY (CAST(:keep AS uuid[])))")
    void removePanelistsExcept(UUID interviewId, String[] keep);

    /** Live interviews per panelist in each one's own week window (arrays by position). */
    @Query("""
        SELECT w.user_id, count(i.id) AS interviews
          FROM unnest(CAST(:userIds AS uuid[]), CAST(:weekStarts AS timestamptz[]), CAST(:weekEnds AS timestamptz[]))
               AS w(user_id, week_start, week_end)
          LEFT JOIN interview_panelists ip ON ip.user_id = w.user_id AND ip.live
          LEFT JOIN interviews i ON i.id = ip.interview_id AND i.starts_at >= w.week_start AND i.starts_at < w.week_end
         GROUP BY w.user_id
        """)
    List<SchedulingRows.LoadRow> weeklyLoad(String[] userIds, String[] weekStarts, String[] weekEnds);

    /** Live interviews of a person starting in each window [from, to) (arrays by position; rows by position, from 1). */
    @Query("""
        SELECT w.n, count(i.id) AS interviews
          FROM unnest(CAST(:userIds AS uuid[]), CAST(:froms AS timestamptz[]), CAST(:tos AS timestamptz[]))
               WITH ORDINALITY AS w(user_id, from_at, to_at, n)
          LEFT JOIN interview_panelists ip ON ip.user_id = w.user_id AND ip.live
          LEFT JOIN interviews i ON i.id = ip.interview_id AND i.starts_at >= w.from_at AND i.starts_at < w.to_at
         GROUP BY w.n ORDER BY w.n
        """)
    List<SchedulingRows.WindowLoadRow> loadIn(String[] userIds, String[] froms, String[] tos);

    @Query("SELECT * FROM interviews WHERE application_id = :applicationId AND status = 'SCHEDULED' AND starts_at > :now FOR UPDATE")
    List<Interview> futureOfApplicationForUpdate(UUID applicationId, Instant now);

    @Query("SELECT EXISTS (SELECT 1 FROM interview_panelists WHERE interview_id = :interviewId AND user_id = :userId)")
    boolean isPanelist(UUID interviewId, UUID userId);
}
