package io.panelist.web.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.Authentication;
import io.panelist.identity.Role;
import io.panelist.shared.ForbiddenException;

/**
 * Someone signed in without the ADMIN role who opens an admin page gets a 403 page saying so. (A role refusal by
 * {@code @Secured} on a page would redirect an HTML request to the home page instead, which hides why.)
 * The controllers keep {@code @Secured("ADMIN")} as well.
 */
@ServerFilter("/admin/**")
class AdminPagesFilter implements Ordered {
    private final ErrorResponseProcessor<?> errors;

    AdminPagesFilter(ErrorResponseProcessor<?> errors) {
        this.errors = errors;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> requireAdmin(HttpRequest<?> request) {
        var who = request.getUserPrincipal(Authentication.class);
        if (who.isEmpty() || who.get().getRoles().contains(Role.ADMIN.name())) {
            return null; // signed out: the security rules send the page to sign-in
        }
        return errors.processResponse(ErrorContext.builder(request)
                .cause(new ForbiddenException("Only administrators manage users and read the audit log."))
                .build(), HttpResponse.status(HttpStatus.FORBIDDEN));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
