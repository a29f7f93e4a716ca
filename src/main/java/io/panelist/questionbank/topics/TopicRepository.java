package io.panelist.questionbank.topics;

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
public interface TopicRepository extends CrudRepository<Topic, UUID> {

    Optional<Topic> findByKey(String key);

    @Query("SELECT * FROM topics WHERE id = :id FOR UPDATE")
    Optional<Topic> findForUpdate(UUID id);

    @Query("""
        INSERT INTO rubric_versions (topic_id, version, anchors, created_at, created_by)
        VALUES (:topicId, :version, CAST(:anchors AS jsonb), :createdAt, :createdBy)
        """)
    void insertRubric(UUID topicId, int version, String anchors, Instant createdAt, @Nullable UUID createdBy);

    /** The topic with the anchors of the given rubric version, or of the current one when none is given. */
    @Query("""
        SELECT t.id, t.key, t.name, t.description, r.version AS rubric_version, t.rubric_version AS current_rubric_version,
               r.anchors::text AS anchors, t.version, t.created_at, t.updated_at
          FROM topics t
          JOIN rubric_versions r ON r.topic_id = t.id AND r.version = coalesce(CAST(:rubricVersion AS integer), t.rubric_version)
         WHERE t.id = :id
        """)
    Optional<TopicRow> findRow(UUID id, @Nullable Integer rubricVersion);

    @Query("""
        SELECT t.id, t.key, t.name, t.description, t.rubric_version, t.rubric_version AS current_rubric_version,
               r.anchors::text AS anchors, t.version, t.created_at, t.updated_at
          FROM topics t JOIN rubric_versions r ON r.topic_id = t.id AND r.version = t.rubric_version
         ORDER BY lower(t.name), t.key
         LIMIT :limit OFFSET :offset
        """)
    List<TopicRow> listRows(int limit, long offset);

    @Query("""
        SELECT t.id, t.key, t.name, t.description, t.rubric_version, t.rubric_version AS current_rubric_version,
               r.anchors::text AS anchors, t.version, t.created_at, t.updated_at
          FROM topics t JOIN rubric_versions r ON r.topic_id = t.id AND r.version = t.rubric_version
         WHERE t.key = ANY (:keys)
         ORDER BY t.key
        """)
    List<TopicRow> findRowsByKeys(String[] keys);

    @Query("""
        SELECT t.id, t.key, t.name, t.description, t.rubric_version, t.rubric_version AS current_rubric_version,
               r.anchors::text AS anchors, t.version, t.created_at, t.updated_at
          FROM topics t JOIN rubric_versions r ON r.topic_id = t.id AND r.version = t.rubric_version
         WHERE CAST(:key AS text) IS NULL OR t.key = :key
         ORDER BY t.key
        """)
    List<TopicRow> exportRows(@Nullable String key);

    @Query("""
        SELECT version, anchors::text AS anchors, created_at FROM rubric_versions
         WHERE topic_id = :topicId ORDER BY version
        """)
    List<RubricVersionRow> rubricHistory(UUID topicId);

    /** Anchors of specific (topic, rubric version) pairs, for pinning rubrics into plans and scorecards. */
    @Query("""
        SELECT t.id, t.key, t.name, t.description, r.version AS rubric_version, t.rubric_version AS current_rubric_version,
               r.anchors::text AS anchors, t.version, t.created_at, t.updated_at
          FROM unnest(CAST(:topicIds AS uuid[]), CAST(:versions AS integer[])) AS wanted(topic_id, version)
          JOIN rubric_versions r ON r.topic_id = wanted.topic_id AND r.version = wanted.version
          JOIN topics t ON t.id = r.topic_id
        """)
    List<TopicRow> findRubrics(String[] topicIds, String[] versions);
}
