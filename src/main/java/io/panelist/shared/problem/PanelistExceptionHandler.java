package io.panelist.shared.problem;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ErrorResponseProcessorExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

@Singleton
@Produces
@Requires(classes = PanelistException.class)
class PanelistExceptionHandler extends ErrorResponseProcessorExceptionHandler<PanelistException> {
    PanelistExceptionHandler(ErrorResponseProcessor<?> responseProcessor) {
        super(responseProcessor);
    }

    @Override
    protected MutableHttpResponse<?> createResponse(PanelistException exception) {
        MutableHttpResponse<?> response = HttpResponse.status(exception.status());
        exception.headers().forEach(response::header);
        return response;
    }
}
