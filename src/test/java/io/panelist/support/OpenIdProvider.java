package io.panelist.support;

import com.nimbusds.oauth2.sdk.TokenRequest;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.MockWebServerWrapper;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import okhttp3.mockwebserver.RecordedRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenID provider in this JVM (navikt's mock-oauth2-server): discovery, JWKS, an authorization endpoint that
 * signs the next person in without a login form, and a token endpoint that issues RS256 identity tokens with the
 * claims a test enqueues. It listens on 127.0.0.1 while Panelist is reached at localhost, so that to a browser the
 * provider is another site, as in production. It does not make codes single-use: Panelist's state must.
 * <p>
 * Every token request gets the identity a test set last ({@link #willSignIn}); {@link #forget} sets one that no
 * mapping lets in, so that nothing a test set reaches the next test.
 */
public final class OpenIdProvider implements AutoCloseable {
    public static final String ISSUER_ID = "staff";
    public static final String CLIENT_ID = "panelist-web";
    public static final String CLIENT_SECRET = "the-client-secret";
    public static final String NAME = "Staff login";
    public static final String ROLE_MAP = "hr-admins=ADMIN,recruiting=RECRUITER,panel=INTERVIEWER,hiring=HIRING_MANAGER";
    private final NextIdentity next = new NextIdentity();
    private final MockOAuth2Server server = new MockOAuth2Server(new OAuth2Config(false, null, null, false,
            new OAuth2TokenProvider(), Set.of(next), new MockWebServerWrapper()));

    private OpenIdProvider() {
    }

    public static OpenIdProvider start() {
        OpenIdProvider provider = new OpenIdProvider();
        try {
            provider.server.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return provider;
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.url("/").port() + "/" + ISSUER_ID;
    }

    /** The settings that point Panelist, listening on {@code panelistPort}, at this provider. */
    public Map<String, String> properties(int panelistPort) {
        Map<String, String> properties = new HashMap<>();
        properties.put("panelist.oidc.issuer", issuer());
        properties.put("panelist.oidc.client-id", CLIENT_ID);
        properties.put("panelist.oidc.client-secret", CLIENT_SECRET);
        properties.put("panelist.oidc.name", NAME);
        properties.put("panelist.oidc.role-map", ROLE_MAP);
        properties.put("micronaut.server.port", Integer.toString(panelistPort));
        properties.put("panelist.public-url", "http://localhost:" + panelistPort);
        return properties;
    }

    /** Token requests from now on get an identity token for this person, with a verified email. */
    public void willSignIn(String subject, String email, String name, List<String> groups) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("email", email);
        claims.put("email_verified", true);
        claims.put("name", name);
        claims.put("groups", groups);
        willIssue(subject, claims, 3600);
    }

    /** The next token requests get an identity token with exactly these claims on top of the standard ones. */
    public void willIssue(String subject, Map<String, Object> claims, long expirySeconds) {
        next.identity = new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of(CLIENT_ID),
                new HashMap<>(claims), expirySeconds);
    }

    /** Token requests from now on get someone in no group, until a test says who signs in. */
    public void forget() {
        willIssue("nobody", Map.of("email", "nobody@example.com", "email_verified", true), 3600);
        requests();
    }

    /** Every request the provider received since the last call, oldest first. */
    public List<RecordedRequest> requests() {
        List<RecordedRequest> requests = new ArrayList<>();
        try {
            for (RecordedRequest next = server.takeRequest(50, TimeUnit.MILLISECONDS); next != null;
                 next = server.takeRequest(50, TimeUnit.MILLISECONDS)) {
                requests.add(next);
            }
        } catch (RuntimeException noMore) {
            // takeRequest gives up with an exception once nothing more arrives
        }
        return requests;
    }

    /** A port nobody listens on now, for Panelist: its redirect URL must be known before it starts. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.shutdown();
    }

    /** The provider's token callback for the issuer, answering with whatever identity the test set last. */
    private static final class NextIdentity implements OAuth2TokenCallback {
        private volatile OAuth2TokenCallback identity = new DefaultOAuth2TokenCallback(ISSUER_ID);

        @Override
        public String issuerId() {
            return ISSUER_ID;
        }

        @Override
        public String subject(TokenRequest request) {
            return identity.subject(request);
        }

        @Override
        public String typeHeader(TokenRequest request) {
            return identity.typeHeader(request);
        }

        @Override
        public List<String> audience(TokenRequest request) {
            return identity.audience(request);
        }

        @Override
        public Map<String, Object> addClaims(TokenRequest request) {
            return identity.addClaims(request);
        }

        @Override
        public long tokenExpiry() {
            return identity.tokenExpiry();
        }
    }
}
