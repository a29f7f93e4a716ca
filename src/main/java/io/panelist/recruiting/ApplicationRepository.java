package io.panelist.recruiting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ApplicationRepository extends CrudRepository<Application, UUID> {
    String VIEW = """
        SELECT a.id, a.candidate_id, c.name AS candidate_name, a.position_id, p.title AS position_title,
               p.hiring_manager_id, a.plan_id, a.status, a.closed_reason, a.closed_at, a.external_id, a.version,
               a.created_at, a.updated_at
          FROM applications a JOIN candidates c ON c.id = a.candidate_id JOIN positions p ON p.id = a.position_id
        """;
    /** Administrators and recruiters see all; the position's hiring manager and the panelists see theirs. */
    String VISIBLE = """
          AND (:seesAll OR p.hiring_manager_id = :viewerId OR a.id = ANY (CAST(:seated AS uuid[])))
        """;
    String FILTER = """
         WHERE (CAST(:positionId AS uuid) IS NULL OR a.position_id = :positionId)
           AND (CAST(:candidateId AS uuid) IS NULL OR a.candidate_id = :candidateId)
           AND (CAST(:status AS text) IS NULL OR a.status = :status)
        """;

    @Query("SELECT * FROM applications WHERE id = :id FOR UPDATE")
    Optional<Application> findForUpdate(UUID id);

    @Query(VIEW + " WHERE a.id = :id" + VISIBLE)
    Optional<ApplicationResponse> findVisible(UUID id, boolean seesAll, UUID viewerId, String[] seated);

    @Query(VIEW + " WHERE a.id = :id")
    Optional<ApplicationResponse> findView(UUID id);

    @Query(VIEW + FILTER + VISIBLE + " ORDER BY a.created_at DESC, a.id LIMIT :limit OFFSET :offset")
    List<ApplicationResponse> search(@Nullable UUID positionId, @Nullable UUID candidateId, @Nullable String status,
                                     boolean seesAll, UUID viewerId, String[] seated, int limit, long offset);

    @Query("SELECT count(*) FROM applications a JOIN positions p ON p.id = a.position_id" + FILTER + VISIBLE)
    long countSearch(@Nullable UUID positionId, @Nullable UUID candidateId, @Nullable String status, boolean seesAll,
                     UUID viewerId, String[] seated);

    @Query(VIEW + " WHERE a.candidate_id = :candidateId ORDER BY a.created_at")
    List<ApplicationResponse> ofCandidate(UUID candidateId);

    @Query("SELECT * FROM applications WHERE candidate_id = :candidateId AND status = 'ACTIVE' FOR UPDATE")
    List<Application> activeOfCandidateForUpdate(UUID candidateId);

    @Query("SELECT EXISTS (SELECT 1 FROM applications WHERE external_id = :externalId)")
    boolean externalIdTaken(String externalId);

    @Query("SELECT EXISTS (SELECT 1 FROM applications WHERE candidate_id = :candidateId AND position_id = :positionId AND status = 'ACTIVE')")
    boolean activeExists(UUID candidateId, UUID positionId);
}
