package io.panelist.shared.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.UnsatisfiedRouteHandler;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.web.router.exceptions.UnsatisfiedHeaderRouteException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;

/**
 * A write that declares {@code If-Match} as a required header and comes without it is answered 428 (the
 * {@code if-match-required} problem), not the framework's 400: the client did nothing malformed, it skipped the
 * step that keeps two editors from overwriting each other. Every other missing argument stays a 400.
 */
@Singleton
@Produces
@Replaces(UnsatisfiedRouteHandler.class)
class MissingIfMatchHandler extends UnsatisfiedRouteHandler {
    private final PanelistExceptionHandler domain;

    MissingIfMatchHandler(ErrorResponseProcessor<?> responseProcessor, PanelistExceptionHandler domain) {
        super(responseProcessor);
        this.domain = domain;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, UnsatisfiedRouteException exception) {
        if (exception instanceof UnsatisfiedHeaderRouteException header
                && HttpHeaders.IF_MATCH.equalsIgnoreCase(header.getHeaderName())) {
            return domain.handle(request, new PreconditionRequiredException());
        }
        return super.handle(request, exception);
    }
}
