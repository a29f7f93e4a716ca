package io.panelist.web.session;

import io.micronaut.security.authentication.Authentication;
import io.panelist.identity.Role;
import io.panelist.shared.problem.ForbiddenException;

/**
 * The admin pages are for the ADMIN role only, as the users and audit APIs are. Each page checks it first, so that
 * anyone else gets a 403 page saying why: a role refusal by {@code @Secured} on a page redirects an HTML request to
 * the home page instead.
 */
public final class AdminOnly {
    private AdminOnly() {
    }

    public static void check(Authentication who) {
        if (!who.getRoles().contains(Role.ADMIN.name())) {
            throw new ForbiddenException("Only administrators manage users and read the audit log and the outbox.");
        }
    }
}
