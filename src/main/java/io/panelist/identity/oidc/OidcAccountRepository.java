package io.panelist.identity.oidc;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OidcAccountRepository extends CrudRepository<OidcAccount, UUID> {

    Optional<OidcAccount> findByIssuerAndSubject(String issuer, String subject);

    /** Links the user to this provider account, replacing the account they were linked to before, if any. */
    @Query("""
        INSERT INTO oidc_accounts (user_id, issuer, subject, linked_at) VALUES (:userId, :issuer, :subject, :now)
        ON CONFLICT (user_id) DO UPDATE SET issuer = EXCLUDED.issuer, subject = EXCLUDED.subject,
                                            linked_at = EXCLUDED.linked_at
        """)
    int link(UUID userId, String issuer, String subject, Instant now);

    /** Whether an active administrator signs in through the provider. */
    @Query("""
        SELECT EXISTS (SELECT 1 FROM oidc_accounts a JOIN users u ON u.id = a.user_id
                        WHERE u.active AND 'ADMIN' = ANY (u.roles))
        """)
    boolean anyActiveAdmin();
}
