package io.panelist.identity.session;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.Nullable;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Refuses to start without a signing secret of at least 256 bits; only the demo environment ships one, and only the
 * demo environment may use it: it is published (application-demo.yml, README), so with it anyone could sign an
 * administrator's token.
 */
@Context
class JwtSecretCheck {
    static final int MIN_BYTES = 32;
    static final String DEMO_SECRET = "panelist-demo-signing-secret-never-use-this-in-production";

    JwtSecretCheck(@Value("${panelist.jwt.secret:}") @Nullable String secret, Environment environment) {
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < MIN_BYTES) {
            throw new IllegalStateException("PANELIST_JWT_SECRET must be set to a secret of at least " + MIN_BYTES
                    + " bytes (for example: openssl rand -base64 48). Only the demo environment has a built-in one.");
        }
        if (secret.strip().equals(DEMO_SECRET) && !demoOnly(environment.getActiveNames())) {
            throw new IllegalStateException("PANELIST_JWT_SECRET is the published demo secret, which only the demo"
                    + " environment may use (active: " + environment.getActiveNames() + "). Set a secret of your own:"
                    + " openssl rand -base64 48");
        }
    }

    /** The demo environment, and not also prod. */
    private static boolean demoOnly(Set<String> environments) {
        return environments.contains("demo") && !environments.contains("prod");
    }
}
