package io.panelist.recruiting.positions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PositionRepository extends CrudRepository<Position, UUID> {

    @Query("SELECT * FROM positions WHERE id = :id FOR UPDATE")
    Optional<Position> findForUpdate(UUID id);

    @Query("""
        SELECT * FROM positions
         WHERE (CAST(:managerId AS uuid) IS NULL OR hiring_manager_id = :managerId)
           AND (CAST(:status AS text) IS NULL OR status = :status)
           AND (CAST(:q AS text) IS NULL OR strpos(lower(title), lower(:q)) > 0)
         ORDER BY status DESC, lower(title), created_at
         LIMIT :limit OFFSET :offset
        """)
    List<Position> search(@Nullable UUID managerId, @Nullable String status, @Nullable String q, int limit, long offset);

    @Query("""
        SELECT count(*) FROM positions
         WHERE (CAST(:managerId AS uuid) IS NULL OR hiring_manager_id = :managerId)
           AND (CAST(:status AS text) IS NULL OR status = :status)
           AND (CAST(:q AS text) IS NULL OR strpos(lower(title), lower(:q)) > 0)
        """)
    long countSearch(@Nullable UUID managerId, @Nullable String status, @Nullable String q);

    Optional<Position> findByTitle(String title);
}
