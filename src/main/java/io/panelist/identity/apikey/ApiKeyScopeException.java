package io.panelist.identity.apikey;

import io.micronaut.http.HttpStatus;
import io.panelist.shared.problem.PanelistException;

/** An API key asked for something its scopes do not reach. */
public final class ApiKeyScopeException extends PanelistException {
    private ApiKeyScopeException(String detail) {
        super(HttpStatus.FORBIDDEN, "api-key-scope", detail);
    }

    static ApiKeyScopeException missing(ApiKeyScope scope, String request) {
        return new ApiKeyScopeException("This API key lacks the scope " + scope.wire() + ", which " + request
                + " needs.");
    }

    static ApiKeyScopeException unreachable(String request) {
        return new ApiKeyScopeException("No API key reaches " + request + ", whatever its scopes; the scopes are "
                + String.join(", ", ApiKeyScope.wires()) + ".");
    }
}
