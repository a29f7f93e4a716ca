package io.panelist.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;

/**
 * {@code /health} tells everyone whether Panelist is UP or DOWN (a load balancer's probe has no token); what each
 * check found (the JDBC URL, disk space, ...) only administrators see. Micronaut's own setting knows only "nobody",
 * "signed in" or "anyone", so it shows the details to the signed-in, and this takes them off again for anyone but
 * an administrator.
 */
@ServerFilter({"/health", "/health/**"})
class HealthDetailsForAdmins {

    @ResponseFilter
    @SuppressWarnings({"unchecked", "rawtypes"})
    void statusOnlyUnlessAdmin(HttpRequest<?> request, MutableHttpResponse<?> response) {
        boolean admin = request.getAttribute(SecurityFilter.AUTHENTICATION, Authentication.class)
                .map(who -> who.getRoles().contains(Role.ADMIN.name())).orElse(false);
        if (admin) {
            return;
        }
        response.getBody(HealthResult.class).ifPresent(result ->
                ((MutableHttpResponse) response).body(HealthResult.builder(result.getName(), result.getStatus()).build()));
    }
}
