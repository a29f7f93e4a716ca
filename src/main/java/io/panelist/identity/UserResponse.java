package io.panelist.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A user as administrators see them. Never carries the password hash. */
@Serdeable
public record UserResponse(UUID id, String email, String displayName, List<Role> roles, boolean active,
                           String timeZone, @Nullable Integer weeklyInterviewLimit, long version,
                           Instant createdAt, Instant updatedAt) {
    public UserResponse {
        roles = List.copyOf(roles);
    }

    static UserResponse of(User user) {
        return new UserResponse(user.id(), user.email(), user.displayName(), user.roleSet().stream().sorted().toList(),
                user.active(), user.timeZone(), user.weeklyInterviewLimit(), user.version(), user.createdAt(),
                user.updatedAt());
    }
}
