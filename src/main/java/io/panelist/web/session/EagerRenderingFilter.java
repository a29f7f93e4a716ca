package io.panelist.web.session;

import io.micronaut.core.io.Writable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.panelist.shared.RequestIdFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.StringWriter;

/**
 * Renders a page's template before the status line leaves. A template is otherwise written lazily, after a 200 has
 * been sent, and a failure halfway leaves the browser waiting on a half-written page; here it becomes a 500 page
 * that names the request id.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class EagerRenderingFilter implements Ordered {
    private static final Logger LOG = LoggerFactory.getLogger(EagerRenderingFilter.class);
    private static final String FAILED = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Something went wrong · Panelist</title>
            <link rel="stylesheet" href="/assets/css/panelist.css"></head><body><main class="narrow">
            <h1>Something went wrong</h1><p>This page could not be shown. Quote request %s when you report it.</p>
            <p><a href="/">Back to your home page</a></p></main></body></html>""";

    @ResponseFilter
    @SuppressWarnings({"unchecked", "rawtypes"})
    void render(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!(response.getBody().orElse(null) instanceof Writable writable)) {
            return;
        }
        StringWriter page = new StringWriter();
        try {
            writable.writeTo(page);
            ((MutableHttpResponse) response).body(page.toString());
        } catch (IOException | RuntimeException e) {
            String requestId = java.util.Objects.requireNonNullElse(RequestIdFilter.requestId(request), "unknown");
            LOG.error("Page rendering failed [requestId={}] on {} {}", requestId, request.getMethod(), request.getPath(), e);
            ((MutableHttpResponse) response).status(HttpStatus.INTERNAL_SERVER_ERROR)
                    .body(FAILED.formatted(requestId.replaceAll("[^A-Za-z0-9-]", "")));
            response.contentType(MediaType.TEXT_HTML_TYPE.getName() + ";charset=utf-8");
        }
    }

    /** Just outside the views filter, so that its Writable is what this filter sees first on the way out. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.RENDERING.before();
    }
}
