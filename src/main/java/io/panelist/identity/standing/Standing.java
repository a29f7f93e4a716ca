package io.panelist.identity.standing;

import java.util.Set;

/** A user as the database has them now: whether they may sign in at all, and their roles. */
record Standing(boolean active, Set<String> roles) {
    Standing {
        roles = Set.copyOf(roles);
    }
}
