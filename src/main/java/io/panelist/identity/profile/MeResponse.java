package io.panelist.identity.profile;

import io.micronaut.serde.annotation.Serdeable;
import io.panelist.identity.Role;
import io.panelist.identity.User;

import java.util.List;
import java.util.UUID;

/** The signed-in user's own view of themselves. */
@Serdeable
public record MeResponse(UUID id, String email, String displayName, List<Role> roles, String timeZone, long version) {
    public MeResponse {
        roles = List.copyOf(roles);
    }

    public static MeResponse of(User user) {
        return new MeResponse(user.id(), user.email(), user.displayName(), user.roleSet().stream().sorted().toList(),
                user.timeZone(), user.version());
    }
}
