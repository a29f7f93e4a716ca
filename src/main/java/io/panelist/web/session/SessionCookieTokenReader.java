package io.panelist.web.session;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Pages authenticate with the access token from the session cookie; API clients keep using the bearer header. */
@Singleton
class SessionCookieTokenReader implements TokenReader<HttpRequest<?>> {
    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        return request.getCookies().findCookie(SessionCookies.ACCESS).map(Cookie::getValue).filter(v -> !v.isBlank());
    }

    @Override
    public int getOrder() {
        // after the bearer reader: an explicit Authorization header wins over a cookie
        return 0;
    }
}
