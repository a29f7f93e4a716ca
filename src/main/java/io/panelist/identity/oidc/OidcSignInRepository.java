package io.panelist.identity.oidc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OidcSignInRepository extends CrudRepository<OidcSignIn, String> {

    /** Spends a sign-in: of two callbacks with the same state, only one gets the row. */
    @Query("""
        UPDATE oidc_sign_ins SET consumed_at = :now
         WHERE state_hash = :stateHash AND consumed_at IS NULL
        RETURNING *
        """)
    @Nullable
    OidcSignIn consume(String stateHash, Instant now);

    @Query("DELETE FROM oidc_sign_ins WHERE expires_at < :now")
    int deleteExpired(Instant now);
}
