package io.panelist.web.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.panelist.identity.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * A user's form as posted: text as typed, one checkbox per role, and (when editing) the version it was read at.
 * The password is only asked when creating.
 */
@Serdeable
record UserForm(@Nullable String csrfToken, @Nullable String email, @Nullable String displayName,
                @Nullable String password, @Nullable String roleAdmin, @Nullable String roleRecruiter,
                @Nullable String roleInterviewer, @Nullable String roleHiringManager, @Nullable String timeZone,
                @Nullable String weeklyInterviewLimit, @Nullable String version) {

    Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (roleAdmin != null) {
            roles.add(Role.ADMIN);
        }
        if (roleRecruiter != null) {
            roles.add(Role.RECRUITER);
        }
        if (roleInterviewer != null) {
            roles.add(Role.INTERVIEWER);
        }
        if (roleHiringManager != null) {
            roles.add(Role.HIRING_MANAGER);
        }
        return roles;
    }
}
