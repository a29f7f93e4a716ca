package io.panelist.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.Map;

/** Exists only in tests: a page whose template fails while rendering, to prove the browser gets a 500 page. */
@Controller("/test-only/broken-page")
@Requires(env = "test")
@Secured(SecurityRule.IS_ANONYMOUS)
class BrokenPageController {
    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> page(HttpRequest<?> request) {
        return PageViews.fragment("broken", Map.of("page", "a string has no noSuchMethod()"));
    }
}
