package io.panelist.identity;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Set;

/** On a database without users, creates the administrator named by PANELIST_ADMIN_EMAIL / PANELIST_ADMIN_PASSWORD. */
@Singleton
class FirstAdmin {
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);
    private final IdentityService identity;
    private final String email;
    private final String password;

    FirstAdmin(IdentityService identity, @Value("${panelist.admin.email:}") @Nullable String email,
               @Value("${panelist.admin.password:}") @Nullable String password) {
        this.identity = identity;
        this.email = email;
        this.password = password;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (email == null || email.isBlank() || password == null || password.isBlank() || identity.anyUserExists()) {
            return;
        }
        if (password.length() < 12) {
            LOG.error("PANELIST_ADMIN_PASSWORD must be at least 12 characters; no administrator was created");
            return;
        }
        if (identity.ensureUser(email.trim(), "Administrator", password, Set.of(Role.ADMIN))) {
            LOG.info("Created the first administrator {}", email.trim());
        }
    }
}
