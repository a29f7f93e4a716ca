package io.panelist.shared;

import io.micronaut.security.authentication.Authentication;

import java.util.Set;
import java.util.UUID;

/** Who is asking, with their roles: what services need for object-level checks, free of the web layer. */
public record Viewer(UUID id, Set<String> roles) {
    public Viewer {
        roles = Set.copyOf(roles);
    }

    public static Viewer of(Authentication authentication) {
        return new Viewer(CurrentUser.id(authentication), Set.copyOf(authentication.getRoles()));
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean hasAny(String... wanted) {
        for (String role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
