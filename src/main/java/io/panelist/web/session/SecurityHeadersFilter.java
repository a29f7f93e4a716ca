package io.panelist.web.session;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Headers on every answer: no MIME sniffing, no referrer beyond this site, no framing, and for pages a CSP that runs
 * only Panelist's own scripts and styles (no inline script anywhere). Swagger UI, a bundled third-party page with its
 * own inline script, keeps everything but the script rule. HSTS is for deployments behind HTTPS and off by default.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeadersFilter implements Ordered {
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
    private static final String FRAMING_POLICY = "frame-ancestors 'none'";
    private final boolean hsts;

    SecurityHeadersFilter(@Value("${panelist.security.hsts:false}") boolean hsts) {
        this.hsts = hsts;
    }

    @ResponseFilter
    void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        var headers = response.getHeaders();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "same-origin");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Content-Security-Policy",
                request.getPath().startsWith("/swagger-ui") ? FRAMING_POLICY : PAGE_POLICY);
        if (hsts) {
            headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }

    /** Outermost, so that answers made before the route (a 401 from the security filter) carry the headers too. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
