package io.panelist.identity.apikey;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ApiKeyRepository extends CrudRepository<ApiKey, UUID> {

    Optional<ApiKey> findByKeyHash(String keyHash);

    @Query("SELECT * FROM api_keys WHERE id = :id FOR UPDATE")
    Optional<ApiKey> findForUpdate(UUID id);

    @Query("SELECT * FROM api_keys ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
    List<ApiKey> page(int limit, long offset);

    /** Notes a use, at most once per period: a key that calls many times a second writes once a minute. */
    @Query("""
        UPDATE api_keys SET last_used_at = :now
         WHERE id = :id AND (last_used_at IS NULL OR last_used_at <= :staleBefore)
        """)
    int noteUse(UUID id, Instant now, Instant staleBefore);

    @Query("UPDATE api_keys SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
    int revoke(UUID id, Instant now);
}
