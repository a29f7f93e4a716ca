package io.panelist.shared.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.panelist.shared.RequestIdFilter;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

/**
 * The one place every error answer is shaped: framework errors (binding, validation, 401, 403, unknown routes)
 * and domain refusals alike leave as {@code application/problem+json}. A 500 never carries internals.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
class ProblemResponseProcessor implements ErrorResponseProcessor<Problem> {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponseProcessor.class);
    private static final MediaType PROBLEM_JSON = MediaType.of(Problem.MEDIA_TYPE);

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        String requestId = RequestIdFilter.requestId(context.getRequest());
        Throwable cause = context.getRootCause().orElse(null);
        Problem problem = cause instanceof PanelistException domain
                ? fromDomain(domain, response.status(), context, requestId)
                : fromFramework(cause, response.status(), context, requestId);
        return response.body(problem).contentType(PROBLEM_JSON);
    }

    private Problem fromDomain(PanelistException e, HttpStatus status, ErrorContext context, String requestId) {
        Map<String, Object> extra = e instanceof StaleVersionException stale
                ? Map.of("currentVersion", stale.currentVersion()) : null;
        return new Problem(Problem.TYPE_PREFIX + e.type(), status.getReason(), status.getCode(), e.getMessage(),
                context.getRequest().getPath(), e.fieldProblems(), requestId, extra);
    }

    private Problem fromFramework(Throwable cause, HttpStatus status, ErrorContext context, String requestId) {
        if (cause instanceof ConstraintViolationException violations) {
            return new Problem(Problem.TYPE_PREFIX + "validation-failed", status.getReason(), status.getCode(),
                    "The request is not valid.", context.getRequest().getPath(),
                    ViolationFields.of(violations), requestId, null);
        }
        if (DataAccessExceptionHandler.isDatabaseRefusal(cause)) {
            return new Problem(Problem.TYPE_PREFIX + FrameworkProblems.slug(status), status.getReason(),
                    status.getCode(), FrameworkProblems.databaseDetail(status), context.getRequest().getPath(),
                    null, requestId, null);
        }
        if (status.getCode() >= 500) {
            LOG.error("Unexpected failure [requestId={}] on {} {}", requestId, context.getRequest().getMethod(),
                    context.getRequest().getPath(), cause);
        }
        return new Problem(Problem.TYPE_PREFIX + FrameworkProblems.slug(status), status.getReason(), status.getCode(),
                FrameworkProblems.detail(status, context), context.getRequest().getPath(),
                fieldErrors(context), requestId, null);
    }

    private static List<FieldProblem> fieldErrors(ErrorContext context) {
        return context.getErrors().stream()
                .filter(error -> error.getPath().isPresent())
                .map(error -> new FieldProblem(error.getPath().get(), FrameworkProblems.clean(error.getMessage())))
                .toList();
    }
}
