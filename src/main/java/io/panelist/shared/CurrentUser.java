package io.panelist.shared;

import io.micronaut.security.authentication.Authentication;

import java.util.UUID;

/** The signed-in user as the access token names them: the subject is the user id. */
public final class CurrentUser {
    private CurrentUser() {
    }

    public static UUID id(Authentication authentication) {
        return UUID.fromString(authentication.getName());
    }

    public static boolean hasRole(Authentication authentication, String role) {
        return authentication.getRoles().contains(role);
    }
}
