package io.panelist.identity.session;

import io.micronaut.security.authentication.Authentication;
import io.panelist.identity.Role;

import java.util.Map;
import java.util.UUID;

/** How a session travels inside tokens: the user id as subject, roles, email, and the session id as {@code sid}. */
public final class Sessions {
    static final String SESSION_ID = "sid";
    static final String EMAIL = "email";

    private Sessions() {
    }

    public static Authentication authentication(SessionService.SignedInUser user, UUID sessionId) {
        return Authentication.build(user.id().toString(), user.roles().stream().map(Role::name).toList(),
                Map.of(EMAIL, user.email(), SESSION_ID, sessionId.toString()));
    }

    public static UUID sessionId(Authentication authentication) {
        Object sid = authentication.getAttributes().get(SESSION_ID);
        if (sid == null) {
            return null;
        }
        try {
            return UUID.fromString(sid.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
