package io.panelist.shared.input;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.web.router.RouteAttributes;
import io.panelist.shared.problem.PanelistException;

/**
 * Keeps the usual body limit for every endpoint but those marked {@link LargeBody}: the server must let a large
 * body in for those, so {@code max-request-size} is theirs, and the rest are held to
 * {@code max-request-buffer-size}. A body that declares a larger length is refused here, before it is read; a
 * chunked one is refused by the server when it is buffered past the same size.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class BodySizeFilter implements Ordered {
    private final long usualLimit;
    private final ErrorResponseProcessor<?> errors;

    BodySizeFilter(HttpServerConfiguration server, ErrorResponseProcessor<?> errors) {
        this.usualLimit = server.getMaxRequestBufferSize();
        this.errors = errors;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> refuseLargeBodies(HttpRequest<?> request) {
        if (request.getContentLength() <= usualLimit || RouteAttributes.getRouteMatch(request)
                .map(route -> route.getAnnotationMetadata().hasAnnotation(LargeBody.class)).orElse(false)) {
            return null;
        }
        return errors.processResponse(ErrorContext.builder(request).cause(new BodyTooLargeException(usualLimit))
                .build(), HttpResponse.status(HttpStatus.REQUEST_ENTITY_TOO_LARGE));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    /** A body over the usual limit, sent where no large body is taken. */
    static final class BodyTooLargeException extends PanelistException {
        BodyTooLargeException(long limit) {
            super(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "payload-too-large", "The request is larger than Panelist"
                    + " accepts (a body of at most " + (limit >= 1024 * 1024 ? limit / (1024 * 1024) + " MB)."
                    : limit + " bytes)."));
        }
    }
}
