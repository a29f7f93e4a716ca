package io.panelist.web.session;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.csrf.CsrfConfiguration;
import io.micronaut.security.csrf.generator.CsrfTokenGenerator;
import io.micronaut.security.csrf.validator.CsrfTokenValidator;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Optional;

/**
 * The CSRF token of a browser, made and checked by micronaut-security-csrf: a signed random value in an HttpOnly
 * cookie that every form repeats in its {@code csrfToken} field and every script in the {@code X-CSRF-TOKEN} header.
 * A page hands it to its forms and scripts; a new one is issued at sign-in and dropped at sign-out. Scripts are
 * checked by {@link CookieSessionCsrfFilter}; forms by their controller, where the body is already bound.
 */
@Singleton
public class CsrfTokens {
    private final CsrfTokenGenerator<HttpRequest<?>> generator;
    private final CsrfTokenValidator<HttpRequest<?>> validator;
    private final CsrfConfiguration configuration;
    private final SessionCookies cookies;
    private final Duration lifetime;

    CsrfTokens(CsrfTokenGenerator<HttpRequest<?>> generator, CsrfTokenValidator<HttpRequest<?>> validator,
               CsrfConfiguration configuration, SessionCookies cookies,
               @Value("${panelist.security.refresh-token-lifetime:30d}") Duration lifetime) {
        this.generator = generator;
        this.validator = validator;
        this.configuration = configuration;
        this.cookies = cookies;
        this.lifetime = lifetime;
    }

    /** The browser's token, or a new one set on the response when it has none that is valid. */
    public String forPage(HttpRequest<?> request, MutableHttpResponse<?> response) {
        return current(request).orElseGet(() -> issue(request, response));
    }

    /** Always a new token: at sign-in, so that a token planted before it is worth nothing after. */
    String issue(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String token = generator.generateCsrfToken(request);
        response.cookie(cookies.cookie(request, configuration.getCookieName(), token, "/", lifetime));
        return token;
    }

    void clear(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.cookie(cookies.cookie(request, configuration.getCookieName(), "", "/", Duration.ZERO));
    }

    /** Whether the request repeats its cookie's token in the header, as the page scripts do. */
    boolean headerMatches(HttpRequest<?> request) {
        return matches(request, request.getHeaders().get(configuration.getHeaderName()));
    }

    /** Whether a posted form repeats the cookie's token in its field. */
    public boolean matches(HttpRequest<?> request, @Nullable String sent) {
        return sent != null && !sent.isBlank() && validator.validateCsrfToken(request, sent);
    }

    private Optional<String> current(HttpRequest<?> request) {
        return request.getCookies().findCookie(configuration.getCookieName()).map(Cookie::getValue)
                .filter(token -> !token.isBlank() && validator.validateCsrfToken(request, token));
    }
}
