package io.panelist.identity.apikey;

import io.micronaut.http.HttpMethod;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The routes each scope opens, and the near misses that stay closed. */
class ApiKeyRoutesTest {

    @Test
    void eachScopeOpensItsRoutes() {
        assertThat(ApiKeyRoutes.scopeFor(HttpMethod.PUT, "/api/v1/candidates/42"))
                .contains(ApiKeyScope.CANDIDATES_WRITE);
        assertThat(ApiKeyRoutes.scopeFor(HttpMethod.PATCH, "/api/v1/applications/42"))
                .contains(ApiKeyScope.APPLICATIONS_WRITE);
        assertThat(ApiKeyRoutes.scopeFor(HttpMethod.HEAD, "/api/v1/interviews/42/invite.ics"))
                .contains(ApiKeyScope.INTERVIEWS_READ);
        assertThat(ApiKeyRoutes.scopeFor(HttpMethod.GET, "/api/v1/applications/42/scorecards"))
                .contains(ApiKeyScope.SCORECARDS_READ);
        assertThat(ApiKeyRoutes.scopeFor(HttpMethod.GET, "/api/v1/positions/42/ranking"))
                .contains(ApiKeyScope.RECOMMENDATIONS_READ);
    }

    @Test
    void nearMissesStayClosed() {
        for (String[] call : new String[][] {
                {"DELETE", "/api/v1/candidates/42"}, {"GET", "/api/v1/candidates/42/export"},
                {"GET", "/api/v1/candidates/"}, {"POST", "/api/v1/applications/42/decision"},
                {"PATCH", "/api/v1/interviews/42"}, {"GET", "/api/v1/interviews/42/scorecard"},
                {"GET", "/api/v1/positions/42/reliability"}, {"GET", "/api/v1/applications/42/scorecardsX"},
                {"GET", "/api/v1/users"}, {"POST", "/api/v1/api-keys"}}) {
            assertThat(ApiKeyRoutes.scopeFor(HttpMethod.valueOf(call[0]), call[1])).as(String.join(" ", call))
                    .isEqualTo(Optional.empty());
        }
    }
}
