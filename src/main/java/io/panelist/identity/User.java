package io.panelist.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

@MappedEntity("users")
public record User(@Id UUID id, String email, String displayName, String passwordHash,
            @TypeDef(type = DataType.STRING_ARRAY) String[] roles, boolean active, String timeZone,
            @Nullable Integer weeklyInterviewLimit, @Version long version, Instant createdAt, Instant updatedAt) {

    public Set<Role> roleSet() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles).map(Role::valueOf).forEach(set::add);
        return set;
    }

    static String[] roleNames(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).toArray(String[]::new);
    }

    User withProfile(String displayName, String timeZone, Instant now) {
        return new User(id, email, displayName, passwordHash, roles, active, timeZone, weeklyInterviewLimit,
                version, createdAt, now);
    }

    User withPasswordHash(String passwordHash, Instant now) {
        return new User(id, email, displayName, passwordHash, roles, active, timeZone, weeklyInterviewLimit,
                version, createdAt, now);
    }

    User withWeeklyInterviewLimit(@Nullable Integer weeklyInterviewLimit, Instant now) {
        return new User(id, email, displayName, passwordHash, roles, active, timeZone, weeklyInterviewLimit,
                version, createdAt, now);
    }

    User withAdministrativeFields(String email, String displayName, Set<Role> roles, boolean active, String timeZone,
                                  @Nullable Integer weeklyInterviewLimit, Instant now) {
        return new User(id, email, displayName, passwordHash, roleNames(roles), active, timeZone,
                weeklyInterviewLimit, version, createdAt, now);
    }
}
