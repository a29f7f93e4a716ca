package io.panelist.web.session;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.panelist.identity.session.BrowserSessions.SessionTokens;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Optional;

/**
 * The session a browser holds: the access token in an HttpOnly, SameSite=Strict cookie for every request, and the
 * refresh token in another that only the {@code /session} endpoints ever receive.
 */
@Singleton
public class SessionCookies {
    public static final String ACCESS = "panelist_access";
    static final String REFRESH = "panelist_refresh";
    static final String REFRESH_PATH = "/session";
    private final Duration refreshLifetime;
    private final boolean alwaysSecure;

    SessionCookies(@Value("${panelist.security.refresh-token-lifetime:30d}") Duration refreshLifetime,
                   @Value("${panelist.web.secure-cookies:false}") boolean alwaysSecure) {
        this.refreshLifetime = refreshLifetime;
        this.alwaysSecure = alwaysSecure;
    }

    void write(HttpRequest<?> request, MutableHttpResponse<?> response, SessionTokens tokens) {
        response.cookie(cookie(request, ACCESS, tokens.accessToken(), "/", Duration.ofSeconds(tokens.expiresInSeconds())));
        response.cookie(cookie(request, REFRESH, tokens.refreshToken(), REFRESH_PATH, refreshLifetime));
    }

    void clear(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.cookie(cookie(request, ACCESS, "", "/", Duration.ZERO));
        response.cookie(cookie(request, REFRESH, "", REFRESH_PATH, Duration.ZERO));
    }

    public Optional<String> refreshToken(HttpRequest<?> request) {
        return value(request, REFRESH);
    }

    boolean carriesAccessToken(HttpRequest<?> request) {
        return value(request, ACCESS).isPresent();
    }

    /** A cookie as every Panelist cookie is: HttpOnly, SameSite=Strict, and Secure over HTTPS or when configured. */
    Cookie cookie(HttpRequest<?> request, String name, String value, String path, Duration maxAge) {
        return Cookie.of(name, value).path(path).httpOnly(true).sameSite(SameSite.Strict)
                .secure(alwaysSecure || request.isSecure()).maxAge(maxAge);
    }

    private static Optional<String> value(HttpRequest<?> request, String name) {
        return request.getCookies().findCookie(name).map(Cookie::getValue).filter(v -> !v.isBlank());
    }
}
