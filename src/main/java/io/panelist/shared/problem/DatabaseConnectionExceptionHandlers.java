package io.panelist.shared.problem;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ErrorResponseProcessorExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.transaction.exceptions.TransactionException;
import jakarta.inject.Singleton;

/**
 * A lost or unobtainable database connection surfaces not as a {@code DataAccessException} but wrapped by the
 * connection and transaction layers (a closed pooled connection, a pool timeout when PostgreSQL is unreachable). They
 * answer like {@link DataAccessExceptionHandler}: 503 for a connection failure, never a 500 with internals.
 */
final class DatabaseConnectionExceptionHandlers {
    private DatabaseConnectionExceptionHandlers() {
    }

    @Singleton
    @Produces
    static class Connection extends ErrorResponseProcessorExceptionHandler<ConnectionException> {
        Connection(ErrorResponseProcessor<?> responseProcessor) {
            super(responseProcessor);
        }

        @Override
        protected MutableHttpResponse<?> createResponse(ConnectionException exception) {
            return HttpResponse.status(DataAccessExceptionHandler.statusFor(exception));
        }
    }

    @Singleton
    @Produces
    static class JdbcConnection
            extends ErrorResponseProcessorExceptionHandler<CannotGetJdbcConnectionException> {
        JdbcConnection(ErrorResponseProcessor<?> responseProcessor) {
            super(responseProcessor);
        }

        @Override
        protected MutableHttpResponse<?> createResponse(
                CannotGetJdbcConnectionException exception) {
            return HttpResponse.status(DataAccessExceptionHandler.statusFor(exception));
        }
    }

    @Singleton
    @Produces
    static class Transaction extends ErrorResponseProcessorExceptionHandler<TransactionException> {
        Transaction(ErrorResponseProcessor<?> responseProcessor) {
            super(responseProcessor);
        }

        @Override
        protected MutableHttpResponse<?> createResponse(TransactionException exception) {
            return HttpResponse.status(DataAccessExceptionHandler.statusFor(exception));
        }
    }
}
