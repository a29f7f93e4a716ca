package io.panelist.identity;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Set;
import java.util.UUID;

/** What other features may know of a user. */
@Serdeable
public record UserSummary(UUID id, String email, String displayName, Set<Role> roles, boolean active, String timeZone,
                          @io.micronaut.core.annotation.Nullable Integer weeklyInterviewLimit) {
    public UserSummary {
        roles = Set.copyOf(roles);
    }

    static UserSummary of(User user) {
        return new UserSummary(user.id(), user.email(), user.displayName(), user.roleSet(), user.active(),
                user.timeZone(), user.weeklyInterviewLimit());
    }

    public boolean activeWith(Role role) {
        return active && roles.contains(role);
    }
}
