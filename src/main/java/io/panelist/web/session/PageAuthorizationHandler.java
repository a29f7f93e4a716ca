package io.panelist.web.session;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.micronaut.security.authentication.WwwAuthenticateChallengeProvider;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.errors.PriorToLoginPersistence;
import io.panelist.web.Pages;
import jakarta.inject.Singleton;

import java.net.URI;
import java.util.List;

/**
 * A page opened without a valid session goes to sign-in and comes back afterwards; with a refresh cookie it renews
 * the session first, so that a long day does not end at a sign-in form. API calls keep their 401 problem.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
class PageAuthorizationHandler extends DefaultAuthorizationExceptionHandler {
    private final SessionCookies cookies;

    PageAuthorizationHandler(ErrorResponseProcessor<?> errorResponseProcessor, RedirectConfiguration redirectConfiguration,
                             RedirectService redirectService,
                             List<WwwAuthenticateChallengeProvider<HttpRequest<?>>> challengeProviders,
                             @Nullable PriorToLoginPersistence priorToLoginPersistence, SessionCookies cookies) {
        super(errorResponseProcessor, redirectConfiguration, redirectService, challengeProviders, priorToLoginPersistence);
        this.cookies = cookies;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        if (exception.isForbidden() || !Pages.isPageRequest(request)) {
            return super.handle(request, exception);
        }
        if (request.getMethod() != HttpMethod.GET && request.getMethod() != HttpMethod.HEAD) {
            // a form posted after its session or its CSRF token lapsed: show sign-in, saying why
            return HttpResponse.seeOther(URI.create("/signin?expired=true"));
        }
        if (Pages.isFragmentRequest(request) && cookies.refreshToken(request).isEmpty()) {
            // htmx swaps whatever comes back into the page; have it load sign-in as the whole page instead
            String page = Pages.safeReturnPath(currentPagePath(request));
            return HttpResponse.status(HttpStatus.UNAUTHORIZED).header("HX-Redirect", "/signin?next=" + Pages.encode(page));
        }
        String back = Pages.encode(Pages.pathAndQuery(request));
        String target = cookies.refreshToken(request).isPresent() ? "/session/renew?next=" + back : "/signin?next=" + back;
        return HttpResponse.seeOther(URI.create(target));
    }

    /** The page an htmx request came from (its {@code HX-Current-URL}), as a path on this site. */
    private static String currentPagePath(HttpRequest<?> request) {
        String current = request.getHeaders().get("HX-Current-URL");
        if (current == null) {
            return "/";
        }
        try {
            URI uri = URI.create(current);
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
