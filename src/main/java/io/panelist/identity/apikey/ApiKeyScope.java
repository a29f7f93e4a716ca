package io.panelist.identity.apikey;

import io.panelist.shared.problem.InvalidInputException;

import java.util.Arrays;
import java.util.List;

/** What an API key may reach; each scope names a few routes (see {@link ApiKeyRoutes}). */
public enum ApiKeyScope {
    /** Read, create and update candidates. */
    CANDIDATES_WRITE("candidates:write"),
    /** Read, create and update (close) applications. */
    APPLICATIONS_WRITE("applications:write"),
    /** Read interviews and their calendar invites. */
    INTERVIEWS_READ("interviews:read"),
    /** Read an application's submitted scorecards. */
    SCORECARDS_READ("scorecards:read"),
    /** Read an application's recommendation and a position's ranking. */
    RECOMMENDATIONS_READ("recommendations:read");

    private final String wire;

    ApiKeyScope(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    static ApiKeyScope parse(String field, String wire) {
        return Arrays.stream(values()).filter(scope -> scope.wire.equals(wire)).findFirst()
                .orElseThrow(() -> InvalidInputException.badField(field, "is not a scope; the scopes are "
                        + String.join(", ", wires())));
    }

    static List<String> wires() {
        return Arrays.stream(values()).map(ApiKeyScope::wire).toList();
    }
}
