package io.panelist.shared.problem;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ErrorResponseProcessorExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.exceptions.CannotCreateTransactionException;
import jakarta.inject.Singleton;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * The database's own refusals: a constraint the service did not pre-check still answers 409, and an unreachable
 * database answers 503, never a 500 with SQL in it.
 */
@Singleton
@Produces
class DataAccessExceptionHandler extends ErrorResponseProcessorExceptionHandler<DataAccessException> {
    DataAccessExceptionHandler(ErrorResponseProcessor<?> responseProcessor) {
        super(responseProcessor);
    }

    @Override
    protected MutableHttpResponse<?> createResponse(DataAccessException exception) {
        return HttpResponse.status(statusFor(exception));
    }

    /**
     * A database error that we answer with a 4xx or 503, whichever layer wrapped it (data access, connection,
     * transaction): its message (SQL, row contents) never reaches the client.
     */
    static boolean isDatabaseRefusal(Throwable cause) {
        return cause != null && statusFor(cause) != HttpStatus.INTERNAL_SERVER_ERROR;
    }

    static HttpStatus statusFor(Throwable exception) {
        boolean connectionLayer = false;
        for (Throwable t = exception; t != null; t = t.getCause()) {
            // getting, setting up or giving back a connection failed: its SQL cause may carry no state at all (a
            // pooled connection closed under us when PostgreSQL went away answers "Connection is closed")
            connectionLayer |= t instanceof ConnectionException || t instanceof CannotGetJdbcConnectionException
                    || t instanceof CannotCreateTransactionException;
            if (t instanceof SQLTransientConnectionException) {
                return HttpStatus.SERVICE_UNAVAILABLE;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("23") || state.equals("40001") || state.equals("40P01")) {
                    return HttpStatus.CONFLICT;
                }
                if (state.startsWith("08") || state.startsWith("57P")) {
                    return HttpStatus.SERVICE_UNAVAILABLE;
                }
                if (state.startsWith("22")) {
                    return HttpStatus.BAD_REQUEST;
                }
            }
        }
        return connectionLayer ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
