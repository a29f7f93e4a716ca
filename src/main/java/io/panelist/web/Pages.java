package io.panelist.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** What tells a browser's page request from an API call, and where it may be sent back to after signing in. */
public final class Pages {
    /** Paths that belong to the API, its documents, operations and static files: never rendered as pages. */
    private static final List<String> NOT_PAGES = List.of("/api/", "/login", "/oauth/", "/logout", "/swagger",
            "/health", "/prometheus", "/assets/", "/webjars/");
    private static final int LONGEST_RETURN_PATH = 2000;

    private Pages() {
    }

    /** A request for a page or a fragment of one: not under an API path, and asking for HTML. */
    public static boolean isPageRequest(HttpRequest<?> request) {
        String path = request.getPath();
        if (NOT_PAGES.stream().anyMatch(path::startsWith)) {
            return false;
        }
        return isFragmentRequest(request)
                || request.getHeaders().accept().stream().anyMatch(type -> type.matches(MediaType.TEXT_HTML_TYPE));
    }

    /** An htmx request, answered with a fragment rather than a whole page. */
    public static boolean isFragmentRequest(HttpRequest<?> request) {
        return "true".equals(request.getHeaders().get("HX-Request"));
    }

    /** The path and query a request asked for, to come back to after signing in. */
    public static String pathAndQuery(HttpRequest<?> request) {
        String query = request.getUri().getRawQuery();
        return request.getUri().getRawPath() + (query == null ? "" : "?" + query);
    }

    /** A return path only when it stays on this site: an absolute path, never another host. */
    public static String safeReturnPath(@Nullable String next) {
        if (next == null || next.isEmpty() || next.length() > LONGEST_RETURN_PATH || !next.startsWith("/")
                || next.startsWith("//") || next.startsWith("/\\") || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "/";
        }
        return next;
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
