package io.panelist.identity.oidc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A sign-in through the provider, from its start until its callback; hashes stand in for the secrets but one. */
@MappedEntity("oidc_sign_ins")
record OidcSignIn(@Id String stateHash, String browserHash, String nonceHash, String codeVerifier, String returnPath,
                  Instant createdAt, Instant expiresAt, @Nullable Instant consumedAt) {
}
