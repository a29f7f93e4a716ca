package io.panelist.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditRepository extends GenericRepository<AuditEvent, UUID> {

    @Query("""
        SELECT a.id, a.occurred_at, a.actor_id, a.actor_type, a.action, a.entity_type, a.entity_id, a.details::text AS details
          FROM audit_events a
         WHERE (CAST(:entityType AS text) IS NULL OR a.entity_type = :entityType)
           AND (CAST(:entityId AS uuid) IS NULL OR a.entity_id = :entityId)
         ORDER BY a.occurred_at DESC, a.id
         LIMIT :limit OFFSET :offset
        """)
    List<AuditEventRow> search(@Nullable String entityType, @Nullable UUID entityId, int limit, long offset);

    @Query("""
        SELECT count(*) FROM audit_events a
         WHERE (CAST(:entityType AS text) IS NULL OR a.entity_type = :entityType)
           AND (CAST(:entityId AS uuid) IS NULL OR a.entity_id = :entityId)
        """)
    long count(@Nullable String entityType, @Nullable UUID entityId);
}
