package io.panelist.scheduling.links.throttle;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.panelist.identity.signin.ClientAddresses;

/**
 * Counts every request to the candidate's endpoints and page against its address's limit, before anything else
 * happens to it (an unknown token, bad input and a refused booking count too, so guessing costs as much as using),
 * and answers 429 with {@code Retry-After} past the limit. Their answers are kept out of caches and search indexes,
 * since the token in their path is a key. The page path is web's; the limit is this package's.
 */
@ServerFilter(patterns = {"/api/v1/public/**", "/schedule/**"})
class PublicRequestFilter implements Ordered {
    private final PublicRequestLimit limit;
    private final ClientAddresses addresses;
    private final ErrorResponseProcessor<?> errors;

    PublicRequestFilter(PublicRequestLimit limit, ClientAddresses addresses, ErrorResponseProcessor<?> errors) {
        this.limit = limit;
        this.addresses = addresses;
        this.errors = errors;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> count(HttpRequest<?> request) {
        try {
            limit.count(addresses.of(request));
            return null;
        } catch (TooManyRequestsException e) {
            MutableHttpResponse<?> refused = HttpResponse.status(e.status());
            e.headers().forEach(refused::header);
            keepPrivate(refused);
            return errors.processResponse(ErrorContext.builder(request).cause(e).build(), refused);
        }
    }

    @ResponseFilter
    void keepPrivate(MutableHttpResponse<?> response) {
        response.getHeaders().set(HttpHeaders.CACHE_CONTROL, "no-store");
        response.getHeaders().set("X-Robots-Tag", "noindex, nofollow");
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }
}
