package io.panelist.identity.session;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface RefreshTokenRepository extends CrudRepository<RefreshToken, UUID> {

    Optional<RefreshToken> findByTokenHash(String tokenHash);

    /** Spends a token once: of two concurrent uses only one changes a row. */
    @Query("""
        UPDATE refresh_tokens SET used_at = :now
         WHERE token_hash = :tokenHash AND used_at IS NULL AND revoked_at IS NULL AND expires_at > :now
        """)
    int spend(String tokenHash, Instant now);

    @Query("UPDATE refresh_tokens SET revoked_at = :now WHERE family_id = :familyId AND revoked_at IS NULL")
    int revokeFamily(UUID familyId, Instant now);

    @Query("UPDATE refresh_tokens SET revoked_at = :now WHERE user_id = :userId AND revoked_at IS NULL")
    int revokeAllOf(UUID userId, Instant now);

    @Query("""
        UPDATE refresh_tokens SET revoked_at = :now
         WHERE user_id = :userId AND family_id <> :keepFamily AND revoked_at IS NULL
        """)
    int revokeAllOfExcept(UUID userId, UUID keepFamily, Instant now);
}
