package io.panelist.support;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
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
import java.util.concurrent.TimeUnit;

/**
 * A real OpenID provider in this JVM (navikt's mock-oauth2-server): discovery, JWKS, an authorization endpoint that
 * signs the next person in without a login form, and a token endpoint that issues RS256 identity tokens with the
 * claims a test enqueues. It listens on 127.0.0.1 while Panelist is reached at localhost, so that to a browser the
 * provider is another site, as in production. It does not make codes single-use: Panelist's state must.
 */
public final class OpenIdProvider implements AutoCloseable {
    public static final String ISSUER_ID = "staff";
    public static final String CLIENT_ID = "panelist-web";
    public static final String CLIENT_SECRET = "the-client-secret";
    public static final String NAME = "Staff login";
    public static final String ROLE_MAP = "hr-admins=ADMIN,recruiting=RECRUITER,panel=INTERVIEWER,hiring=HIRING_MANAGER";
    private final MockOAuth2Server server = new MockOAuth2Server();

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

    /** The next token request gets an identity token for this person (with a verified email unless the claims say otherwise). */
    public void willSignIn(String subject, String email, String name, List<String> groups) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("email", email);
        claims.put("email_verified", true);
        claims.put("name", name);
        claims.put("groups", groups);
        willIssue(subject, claims, 3600);
    }

    /** The next token request gets an identity token with exactly these claims on top of the standard ones. */
    public void willIssue(String subject, Map<String, Object> claims, long expirySeconds) {
        server.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of(CLIENT_ID),
                new HashMap<>(claims), expirySeconds));
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
}
