package io.panelist.web.session;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.filters.SecurityFilter;
import io.panelist.shared.problem.ForbiddenException;
import io.panelist.web.Pages;

import java.util.Set;

/**
 * A write that a page's script or htmx sends with the session cookie (an autosave, a submit, an htmx form) must
 * repeat a CSRF token of its own signed-in session in its header. Plain HTML form posts carry the token in a field
 * that their controller checks ({@link CsrfTokens#matches}); API clients that send a bearer token carry no ambient
 * credentials and are not asked. A cookie whose access token no longer counts (lapsed, or its user deactivated)
 * acts for no one: such a request reaches only what is open to anyone, and security answers it as it answers an
 * anonymous one (the {@code /session} endpoints, which act on the refresh cookie, check their token themselves).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class CookieSessionCsrfFilter implements Ordered {
    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);
    private static final Set<MediaType> FORMS = Set.of(MediaType.APPLICATION_FORM_URLENCODED_TYPE,
            MediaType.MULTIPART_FORM_DATA_TYPE);
    private final SessionCookies cookies;
    private final CsrfTokens csrf;
    private final ErrorResponseProcessor<?> errors;

    CookieSessionCsrfFilter(SessionCookies cookies, CsrfTokens csrf, ErrorResponseProcessor<?> errors) {
        this.cookies = cookies;
        this.csrf = csrf;
        this.errors = errors;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> requireToken(HttpRequest<?> request) {
        boolean cookieWrite = WRITES.contains(request.getMethod())
                && !request.getHeaders().contains(HttpHeaders.AUTHORIZATION)
                && cookies.carriesAccessToken(request)
                && request.getAttribute(SecurityFilter.AUTHENTICATION).isPresent()
                && (Pages.isFragmentRequest(request)
                    || request.getContentType().map(type -> !FORMS.contains(type)).orElse(true));
        if (!cookieWrite || csrf.headerMatches(request)) {
            return null;
        }
        return errors.processResponse(ErrorContext.builder(request)
                .cause(new ForbiddenException("This request did not come from a Panelist page. Reload the page and try again."))
                .build(), HttpResponse.status(HttpStatus.FORBIDDEN));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
