package io.panelist.identity.oidc;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * The provider's signing keys from its JWKS document, kept until a token names a key they lack: providers rotate
 * keys, so then the document is read again, at most once a minute (a stream of made-up key ids cannot make Panelist
 * hammer the provider).
 */
final class ProviderKeys implements JWKSource<SecurityContext> {
    private static final Duration REREAD_AT_MOST_EVERY = Duration.ofMinutes(1);
    private final Supplier<JWKSet> download;
    private final Clock clock;
    private JWKSet keys;
    private Instant readAt;

    ProviderKeys(Supplier<JWKSet> download, Clock clock) {
        this.download = download;
        this.clock = clock;
    }

    @Override
    public synchronized List<JWK> get(JWKSelector selector, SecurityContext context) throws KeySourceException {
        // an unreachable provider is an OidcSignInRefusedException, which passes through the token processor as is
        if (keys == null) {
            read();
        }
        List<JWK> matching = selector.select(keys);
        if (matching.isEmpty() && clock.instant().isAfter(readAt.plus(REREAD_AT_MOST_EVERY))) {
            read();
            matching = selector.select(keys);
        }
        return matching;
    }

    private void read() {
        keys = download.get();
        readAt = clock.instant();
    }
}
