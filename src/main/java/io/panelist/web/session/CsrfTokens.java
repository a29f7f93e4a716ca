package io.panelist.web.session;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.csrf.CsrfConfiguration;
import io.micronaut.security.filters.SecurityFilter;
import io.panelist.identity.session.BrowserSessions;
import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The CSRF token of a browser: a random value and an HMAC of it together with the session it belongs to (the
 * signed-in session's id, the refresh token family that every renewal keeps), so that a token is worth something
 * only for the session it was issued to. A token issued to another session, or to the anonymous browser before
 * sign-in, is refused. Before sign-in a token is bound to nothing but its cookie (an HttpOnly cookie it must
 * equal). Every form repeats the token in its {@code csrfToken} field and every script in the {@code X-CSRF-TOKEN}
 * header; the cookie only keeps a page's token stable from page to page. A new one is issued at sign-in and dropped
 * at sign-out. Scripts are checked by {@link CookieSessionCsrfFilter}; forms by their controller, where the body is
 * already bound.
 */
@Singleton
public class CsrfTokens {
    private static final String ANONYMOUS = "anonymous";
    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();
    private static final int RANDOM_BYTES = 24;
    private final SecureRandom random = new SecureRandom();
    private final CsrfConfiguration configuration;
    private final SessionCookies cookies;
    private final BrowserSessions sessions;
    private final Duration lifetime;
    private final SecretKeySpec key;

    CsrfTokens(CsrfConfiguration configuration, SessionCookies cookies, BrowserSessions sessions,
               @Value("${panelist.security.refresh-token-lifetime:30d}") Duration lifetime,
               @Value("${panelist.jwt.secret}") String secret) {
        this.configuration = configuration;
        this.cookies = cookies;
        this.sessions = sessions;
        this.lifetime = lifetime;
        // a key of its own, derived from the signing secret, so that no CSRF token is ever an HMAC a JWT could use
        this.key = new SecretKeySpec(hmac(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM),
                "panelist csrf tokens"), ALGORITHM);
    }

    /** The browser's token, or a new one set on the response when it has none for the request's session. */
    public String forPage(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String binding = bindingOf(request);
        return cookieToken(request).filter(token -> signedFor(token, binding))
                .orElseGet(() -> issue(request, response, binding));
    }

    /** Always a new token, for the session just signed in: a token planted before it is worth nothing after. */
    void issue(HttpRequest<?> request, MutableHttpResponse<?> response, UUID sessionId) {
        issue(request, response, sessionBinding(sessionId));
    }

    void clear(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.cookie(cookies.cookie(request, configuration.getCookieName(), "", "/", Duration.ZERO));
    }

    /** Whether a script's request repeats a token of its own session in the header. */
    boolean headerMatches(HttpRequest<?> request) {
        return matches(request, header(request));
    }

    /** The token a script sent in the header, if any. */
    @Nullable
    String header(HttpRequest<?> request) {
        return request.getHeaders().get(configuration.getHeaderName());
    }

    /**
     * Whether a posted form repeats a token of the request's session: the signed-in session of its access token, or
     * before sign-in the browser's own cookie.
     */
    public boolean matches(HttpRequest<?> request, @Nullable String sent) {
        String binding = bindingOf(request);
        if (!signedFor(sent, binding)) {
            return false;
        }
        return !ANONYMOUS.equals(binding) || cookieToken(request).map(sent::equals).orElse(false);
    }

    /**
     * Whether {@code sent} is a token of the session the request's refresh cookie belongs to (read from the
     * database): the {@code /session} endpoints act on that session, also once its access token has lapsed.
     */
    boolean matchesRefreshSession(HttpRequest<?> request, @Nullable String sent) {
        return sent != null && cookies.refreshToken(request).flatMap(sessions::sessionOfRefreshToken)
                .filter(session -> signedFor(sent, sessionBinding(session))).isPresent();
    }

    private String issue(HttpRequest<?> request, MutableHttpResponse<?> response, String binding) {
        byte[] value = new byte[RANDOM_BYTES];
        random.nextBytes(value);
        String randomPart = BASE64.encodeToString(value);
        String token = randomPart + "." + BASE64.encodeToString(hmac(key, binding + "\n" + randomPart));
        response.cookie(cookies.cookie(request, configuration.getCookieName(), token, "/", lifetime));
        return token;
    }

    private boolean signedFor(@Nullable String token, String binding) {
        if (token == null) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return false;
        }
        byte[] sent = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = BASE64.encode(hmac(key, binding + "\n" + token.substring(0, dot)));
        return MessageDigest.isEqual(sent, expected);
    }

    private Optional<String> cookieToken(HttpRequest<?> request) {
        return request.getCookies().findCookie(configuration.getCookieName()).map(Cookie::getValue)
                .filter(token -> !token.isBlank());
    }

    /** What a request's token must be bound to: its signed-in session, its user, or nothing but its cookie. */
    private static String bindingOf(HttpRequest<?> request) {
        Optional<Authentication> who = request.getAttribute(SecurityFilter.AUTHENTICATION, Authentication.class);
        if (who.isEmpty()) {
            return ANONYMOUS;
        }
        return BrowserSessions.sessionOf(who.get()).map(CsrfTokens::sessionBinding)
                .orElseGet(() -> "user " + who.get().getName());
    }

    private static String sessionBinding(UUID sessionId) {
        return "session " + sessionId;
    }

    private static byte[] hmac(SecretKeySpec key, String message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
