package io.panelist.identity;

import io.panelist.audit.ActorEmails;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Tells the audit log the emails of the users it names as actors. */
@Singleton
class AuditActorEmails implements ActorEmails {
    private final UserRepository users;

    AuditActorEmails(UserRepository users) {
        this.users = users;
    }

    @Override
    public Map<UUID, String> emailsOf(Set<UUID> userIds) {
        Map<UUID, String> emails = new HashMap<>();
        if (!userIds.isEmpty()) {
            users.findByIdIn(userIds).forEach(user -> emails.put(user.id(), user.email()));
        }
        return emails;
    }
}
