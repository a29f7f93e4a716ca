package io.panelist.support;

import io.panelist.identity.CreateUserRequest;
import io.panelist.identity.IdentityService;
import io.panelist.identity.Role;
import jakarta.inject.Singleton;

import java.util.Set;
import java.util.UUID;

/** Users for tests, made through the public service so they pass the same validation as real input. */
@Singleton
public class TestUsers {
    public static final String PASSWORD = "correct-horse-battery";
    private final IdentityService identity;

    TestUsers(IdentityService identity) {
        this.identity = identity;
    }

    public UUID create(String email, Role... roles) {
        return identity.createUser(null, new CreateUserRequest(email, displayName(email), PASSWORD,
                Set.of(roles), "Europe/Berlin", null)).id();
    }

    private static String displayName(String email) {
        String local = email.substring(0, email.indexOf('@'));
        return Character.toUpperCase(local.charAt(0)) + local.substring(1);
    }
}
