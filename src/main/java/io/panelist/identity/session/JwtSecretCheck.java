package io.panelist.identity.session;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;

import java.nio.charset.StandardCharsets;

/** Refuses to start without a signing secret of at least 256 bits; only the demo environment ships one. */
@Context
class JwtSecretCheck {
    static final int MIN_BYTES = 32;

    JwtSecretCheck(@Value("${panelist.jwt.secret:}") @Nullable String secret) {
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < MIN_BYTES) {
            throw new IllegalStateException("PANELIST_JWT_SECRET must be set to a secret of at least " + MIN_BYTES
                    + " bytes (for example: openssl rand -base64 48). Only the demo environment has a built-in one.");
        }
    }
}
