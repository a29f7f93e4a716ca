package io.panelist.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.errors.PriorToLoginPersistence;
import io.micronaut.security.authentication.WwwAuthenticateChallengeProvider;
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
        String back = Pages.encode(Pages.pathAndQuery(request));
        String target = cookies.refreshToken(request).isPresent() ? "/session/renew?next=" + back : "/signin?next=" + back;
        return HttpResponse.seeOther(URI.create(target));
    }
}
