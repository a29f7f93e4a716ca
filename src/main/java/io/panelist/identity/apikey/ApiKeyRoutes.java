package io.panelist.identity.apikey;

import io.micronaut.http.HttpMethod;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The routes an API key can reach, each with the scope it needs. Everything else is closed to keys, whatever their
 * scopes: a new endpoint stays out of reach until it is listed here.
 */
final class ApiKeyRoutes {
    private static final String ID = "[^/]+";
    private static final List<Route> ROUTES = List.of(
            route(HttpMethod.GET, "/api/v1/candidates", ApiKeyScope.CANDIDATES_WRITE),
            route(HttpMethod.POST, "/api/v1/candidates", ApiKeyScope.CANDIDATES_WRITE),
            route(HttpMethod.POST, "/api/v1/candidates/import", ApiKeyScope.CANDIDATES_WRITE),
            route(HttpMethod.PUT, "/api/v1/candidates/by-external-id/" + ID, ApiKeyScope.CANDIDATES_WRITE),
            route(HttpMethod.GET, "/api/v1/candidates/" + ID, ApiKeyScope.CANDIDATES_WRITE),
            route(HttpMethod.PUT, "/api/v1/candidates/" + ID, ApiKeyScope.CANDIDATES_WRITE),
            route(HttpMethod.GET, "/api/v1/applications", ApiKeyScope.APPLICATIONS_WRITE),
            route(HttpMethod.POST, "/api/v1/applications", ApiKeyScope.APPLICATIONS_WRITE),
            route(HttpMethod.GET, "/api/v1/applications/" + ID, ApiKeyScope.APPLICATIONS_WRITE),
            route(HttpMethod.PATCH, "/api/v1/applications/" + ID, ApiKeyScope.APPLICATIONS_WRITE),
            route(HttpMethod.GET, "/api/v1/interviews", ApiKeyScope.INTERVIEWS_READ),
            route(HttpMethod.GET, "/api/v1/interviews/" + ID, ApiKeyScope.INTERVIEWS_READ),
            route(HttpMethod.GET, "/api/v1/interviews/" + ID + "/invite\\.ics", ApiKeyScope.INTERVIEWS_READ),
            route(HttpMethod.GET, "/api/v1/applications/" + ID + "/scorecards", ApiKeyScope.SCORECARDS_READ),
            route(HttpMethod.GET, "/api/v1/applications/" + ID + "/scorecards\\.csv", ApiKeyScope.SCORECARDS_READ),
            route(HttpMethod.GET, "/api/v1/applications/" + ID + "/recommendation", ApiKeyScope.RECOMMENDATIONS_READ),
            route(HttpMethod.GET, "/api/v1/positions/" + ID + "/ranking", ApiKeyScope.RECOMMENDATIONS_READ));

    private ApiKeyRoutes() {
    }

    private record Route(HttpMethod method, Pattern path, ApiKeyScope scope) {
    }

    private static Route route(HttpMethod method, String path, ApiKeyScope scope) {
        return new Route(method, Pattern.compile(path), scope);
    }

    /** The scope a request needs; empty when no key may make it. HEAD counts as the GET it stands for. */
    static Optional<ApiKeyScope> scopeFor(HttpMethod method, String path) {
        HttpMethod asked = method == HttpMethod.HEAD ? HttpMethod.GET : method;
        return ROUTES.stream().filter(route -> route.method() == asked && route.path().matcher(path).matches())
                .map(Route::scope).findFirst();
    }
}
