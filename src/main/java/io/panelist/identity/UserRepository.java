package io.panelist.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface UserRepository extends CrudRepository<User, UUID> {

    @Query("SELECT * FROM users WHERE lower(email) = lower(:email)")
    Optional<User> findByEmailIgnoreCase(String email);

    List<User> findByIdIn(java.util.Collection<UUID> ids);

    @Query("SELECT EXISTS (SELECT 1 FROM users WHERE lower(email) = lower(:email) AND id <> :exceptId)")
    boolean emailTakenByOther(String email, UUID exceptId);

    @Query("SELECT count(*) FROM users WHERE active AND 'ADMIN' = ANY (roles) AND id <> :exceptId")
    long countActiveAdminsExcept(UUID exceptId);

    @Query("SELECT EXISTS (SELECT 1 FROM users)")
    boolean anyExists();

    @Query("SELECT * FROM users WHERE id = :id FOR UPDATE")
    Optional<User> findForUpdate(UUID id);

    @Query("""
        SELECT * FROM users
         WHERE (CAST(:q AS text) IS NULL
                OR strpos(lower(email), lower(:q)) > 0 OR strpos(lower(display_name), lower(:q)) > 0)
           AND (CAST(:role AS text) IS NULL OR :role = ANY (roles))
           AND (CAST(:active AS boolean) IS NULL OR active = :active)
         ORDER BY lower(display_name), id
         LIMIT :limit OFFSET :offset
        """)
    List<User> search(@Nullable String q, @Nullable String role, @Nullable Boolean active, int limit, long offset);

    @Query("""
        SELECT count(*) FROM users
         WHERE (CAST(:q AS text) IS NULL
                OR strpos(lower(email), lower(:q)) > 0 OR strpos(lower(display_name), lower(:q)) > 0)
           AND (CAST(:role AS text) IS NULL OR :role = ANY (roles))
           AND (CAST(:active AS boolean) IS NULL OR active = :active)
        """)
    long countSearch(@Nullable String q, @Nullable String role, @Nullable Boolean active);

    @Query("""
        INSERT INTO users (id, email, display_name, password_hash, roles, active, time_zone, version, created_at, updated_at)
        VALUES (:id, :email, :displayName, :passwordHash, :roles, true, :timeZone, 0, now(), now())
        ON CONFLICT ((lower(email))) DO NOTHING
        """)
    int insertIfAbsent(UUID id, String email, String displayName, String passwordHash, String[] roles, String timeZone);
}
