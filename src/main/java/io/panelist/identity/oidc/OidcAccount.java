package io.panelist.identity.oidc;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** The account at the provider that a user signs in with. */
@MappedEntity("oidc_accounts")
record OidcAccount(@Id UUID userId, String issuer, String subject, Instant linkedAt) {
}
