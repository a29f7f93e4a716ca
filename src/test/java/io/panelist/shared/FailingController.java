package io.panelist.shared;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** Exists only in tests: a route that fails unexpectedly, to prove what a 500 looks like. */
@Controller("/test-only/failure")
@Requires(env = "test")
@Secured(SecurityRule.IS_ANONYMOUS)
class FailingController {
    @Get
    String fail() {
        throw new IllegalStateException("secret internal detail at io.panelist.Something");
    }
}
