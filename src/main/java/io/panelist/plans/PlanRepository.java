package io.panelist.plans;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PlanRepository extends CrudRepository<Plan, UUID> {

    /** Changes with anything a published plan's kit shows (see V11); absent only in an emptied database. */
    @Query("SELECT stamp FROM plan_kit_stamp")
    Optional<UUID> kitStamp();

    @Query("SELECT * FROM plans WHERE id = :id FOR UPDATE")
    Optional<Plan> findForUpdate(UUID id);

    @Query("SELECT * FROM plans WHERE position_id = :positionId AND status = 'PUBLISHED'")
    Optional<Plan> findPublished(UUID positionId);

    @Query("SELECT * FROM plans WHERE position_id = ANY (CAST(:positionIds AS uuid[])) AND status = 'PUBLISHED'")
    List<Plan> findPublishedOf(String[] positionIds);

    @Query("SELECT coalesce(max(plan_version), 0) + 1 FROM plans WHERE position_id = :positionId")
    int nextPlanVersion(UUID positionId);

    /** Serialises version numbering and publishing per position until the transaction ends. */
    @Query("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext('plans:' || CAST(:positionId AS text)))) AS locked")
    int lockPosition(UUID positionId);

    @Query("SELECT id, plan_id, position, name, kind, minutes FROM plan_stages WHERE plan_id = :planId ORDER BY position")
    List<PlanRows.StageRow> stages(UUID planId);

    @Query("""
        SELECT st.stage_id, st.position, st.topic_id, t.key AS topic_key, st.weight, st.must_have, st.min_score,
               st.rubric_version
          FROM stage_topics st JOIN plan_stages s ON s.id = st.stage_id JOIN topics t ON t.id = st.topic_id
         WHERE s.plan_id = :planId
         ORDER BY s.position, st.position
        """)
    List<PlanRows.StageTopicRow> stageTopics(UUID planId);

    @Query("""
        SELECT sq.stage_id, sq.position, sq.question_id, sq.revision, sq.minutes
          FROM stage_questions sq JOIN plan_stages s ON s.id = sq.stage_id
         WHERE s.plan_id = :planId
         ORDER BY s.position, sq.position
        """)
    List<PlanRows.StageQuestionRow> stageQuestions(UUID planId);

    @Query("SELECT id, plan_id, position, name, kind, minutes FROM plan_stages WHERE id = :stageId AND plan_id = :planId")
    Optional<PlanRows.StageRow> stageOfPlan(UUID stageId, UUID planId);

    @Query("DELETE FROM plan_stages WHERE plan_id = :planId")
    void deleteStages(UUID planId);

    @Query("INSERT INTO plan_stages (id, plan_id, position, name, kind, minutes) VALUES (:id, :planId, :position, :name, :kind, :minutes)")
    void insertStage(UUID id, UUID planId, int position, String name, String kind, int minutes);

    @Query("""
        INSERT INTO stage_topics (stage_id, position, topic_id, weight, must_have, min_score, rubric_version)
        VALUES (:stageId, :position, :topicId, :weight, :mustHave, :minScore, :rubricVersion)
        """)
    void insertStageTopic(UUID stageId, int position, UUID topicId, BigDecimal weight, boolean mustHave, int minScore,
                          @Nullable Integer rubricVersion);

    @Query("""
        INSERT INTO stage_questions (stage_id, position, question_id, revision, minutes)
        VALUES (:stageId, :position, :questionId, :revision, :minutes)
        """)
    void insertStageQuestion(UUID stageId, int position, UUID questionId, int revision, int minutes);

    /** Pins every topic of the plan to the rubric version in force now; runs while the plan is still a draft. */
    @Query("""
        UPDATE stage_topics st SET rubric_version = t.rubric_version
          FROM plan_stages s, topics t
         WHERE s.id = st.stage_id AND t.id = st.topic_id AND s.plan_id = :planId
        """)
    void pinRubrics(UUID planId);

    @Query("UPDATE plans SET status = :status, published_at = :publishedAt, published_by = :publishedBy, updated_at = :now, version = version + 1 WHERE id = :id")
    void setStatus(UUID id, String status, @Nullable Instant publishedAt, @Nullable UUID publishedBy, Instant now);

    @Query("""
        SELECT p.id, p.position_id, pos.title AS position_title, p.name, p.plan_version, p.status,
               (SELECT count(*) FROM plan_stages s WHERE s.plan_id = p.id) AS stage_count, p.published_at, p.updated_at
          FROM plans p JOIN positions pos ON pos.id = p.position_id
         WHERE (CAST(:positionId AS uuid) IS NULL OR p.position_id = :positionId)
           AND (CAST(:managerId AS uuid) IS NULL OR pos.hiring_manager_id = :managerId)
           AND (CAST(:status AS text) IS NULL OR p.status = :status)
         ORDER BY pos.title, p.plan_version DESC
         LIMIT :limit OFFSET :offset
        """)
    List<PlanRows.PlanSummaryRow> search(@Nullable UUID positionId, @Nullable UUID managerId, @Nullable String status,
                                         int limit, long offset);

    @Query("""
        SELECT count(*) FROM plans p JOIN positions pos ON pos.id = p.position_id
         WHERE (CAST(:positionId AS uuid) IS NULL OR p.position_id = :positionId)
           AND (CAST(:managerId AS uuid) IS NULL OR pos.hiring_manager_id = :managerId)
           AND (CAST(:status AS text) IS NULL OR p.status = :status)
        """)
    long countSearch(@Nullable UUID positionId, @Nullable UUID managerId, @Nullable String status);
}
