package io.panelist.questionbank;

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
public interface QuestionRepository extends CrudRepository<Question, UUID> {
    String COLUMNS = """
        SELECT q.id, q.key, r.topic_id, t.key AS topic_key, r.revision, q.current_revision, r.level, r.kind,
               r.prompt, r.guidance, r.follow_ups, r.tags, r.minutes, q.retired_at, q.version, q.created_at,
               r.created_at AS revised_at
        """;
    String ROW = COLUMNS + """
          FROM questions q
          JOIN question_revisions r ON r.question_id = q.id
          JOIN topics t ON t.id = r.topic_id
        """;
    Optional<Question> findByKey(String key);

    @Query("SELECT * FROM questions WHERE id = :id FOR UPDATE")
    Optional<Question> findForUpdate(UUID id);

    @Query("""
        INSERT INTO question_revisions (question_id, revision, topic_id, level, kind, prompt, guidance, follow_ups,
                                        tags, minutes, created_at, created_by)
        VALUES (:questionId, :revision, :topicId, :level, :kind, :prompt, :guidance, :followUps, :tags, :minutes,
                :createdAt, :createdBy)
        """)
    void insertRevision(UUID questionId, int revision, UUID topicId, String level, String kind, String prompt,
                        String guidance, String[] followUps, String[] tags, int minutes, Instant createdAt,
                        @Nullable UUID createdBy);

    @Query(ROW + " WHERE q.id = :id AND r.revision = coalesce(CAST(:revision AS integer), q.current_revision)")
    Optional<QuestionRow> findRow(UUID id, @Nullable Integer revision);

    @Query(ROW + " WHERE q.id = :id ORDER BY r.revision")
    List<QuestionRow> revisions(UUID id);

    @Query(ROW + " WHERE r.revision = q.current_revision AND q.key = ANY (:keys)")
    List<QuestionRow> currentRowsByKeys(String[] keys);

    @Query(ROW + " WHERE r.revision = q.current_revision AND q.id = ANY (CAST(:ids AS uuid[]))")
    List<QuestionRow> currentRowsByIds(String[] ids);

    @Query(ROW + """
         JOIN unnest(CAST(:ids AS uuid[]), CAST(:revisions AS integer[])) AS wanted(id, revision)
           ON wanted.id = q.id AND wanted.revision = r.revision
        """)
    List<QuestionRow> rowsAtRevisions(String[] ids, String[] revisions);

    @Query(ROW + """
         WHERE r.revision = q.current_revision AND (CAST(:topicKey AS text) IS NULL OR t.key = :topicKey)
         ORDER BY t.key, q.created_at, q.key
        """)
    List<QuestionRow> exportRows(@Nullable String topicKey);

    @Query("SELECT NOT EXISTS (SELECT 1 FROM topics) AND NOT EXISTS (SELECT 1 FROM questions)")
    boolean bankIsEmpty();
}
