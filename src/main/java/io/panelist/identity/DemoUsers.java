package io.panelist.identity;

import io.micronaut.context.annotation.Requires;
import io.panelist.shared.database.SeedContent;
import jakarta.inject.Singleton;

import java.util.Set;

/** The five demo logins, all with the password {@value #PASSWORD}. */
@Singleton
@Requires(env = "demo")
public class DemoUsers implements SeedContent {
    public static final String PASSWORD = "panelist-demo";
    private final IdentityService identity;

    DemoUsers(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void seed() {
        ensure(identity);
    }

    /** Adds whichever demo logins are missing; the dataset generator keeps them so one can sign in to its data. */
    public static void ensure(IdentityService identity) {
        identity.ensureUser("admin@example.com", "Avery Admin", PASSWORD, Set.of(Role.ADMIN));
        identity.ensureUser("recruiter@example.com", "Riley Recruiter", PASSWORD, Set.of(Role.RECRUITER));
        identity.ensureUser("manager@example.com", "Morgan Manager", PASSWORD, Set.of(Role.HIRING_MANAGER));
        identity.ensureUser("ana@example.com", "Ana Interviewer", PASSWORD, Set.of(Role.INTERVIEWER));
        identity.ensureUser("ben@example.com", "Ben Interviewer", PASSWORD, Set.of(Role.INTERVIEWER));
    }
}
