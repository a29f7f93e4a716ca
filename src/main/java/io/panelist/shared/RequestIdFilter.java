package io.panelist.shared;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.core.order.Ordered;
import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id (the caller's {@code X-Request-Id} when it is sane), echoes it in the answer,
 * and logs one line per request with it, so a problem's requestId leads straight to the log.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RequestIdFilter implements Ordered {
    public static final String HEADER = "X-Request-Id";
    private static final String ATTRIBUTE = "panelist.requestId";
    private static final String STARTED = "panelist.startedNanos";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Logger ACCESS = LoggerFactory.getLogger("io.panelist.access");

    @RequestFilter
    void assignId(HttpRequest<?> request, MutablePropagatedContext propagatedContext) {
        String given = request.getHeaders().get(HEADER);
        String id = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        request.setAttribute(ATTRIBUTE, id);
        request.setAttribute(STARTED, System.nanoTime());
        propagatedContext.add(new MdcPropagationContext(Map.of("requestId", id)));
    }

    @ResponseFilter
    void echoId(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String id = requestId(request);
        response.getHeaders().set(HEADER, id);
        long started = request.getAttribute(STARTED, Long.class).orElse(System.nanoTime());
        ACCESS.info("{} {} -> {} in {} ms [requestId={}]", request.getMethodName(), request.getPath(),
                response.code(), (System.nanoTime() - started) / 1_000_000, id);
    }

    public static @Nullable String requestId(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, String.class).orElse(null);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
