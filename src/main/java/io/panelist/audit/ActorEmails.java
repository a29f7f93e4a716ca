package io.panelist.audit;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The email of each person an audit page names as actor. The users are identity's, which sits above audit, so
 * identity answers: one query a page, in the caller's transaction.
 */
public interface ActorEmails {
    /** The email of each of these users that exists; an id with no user is left out. */
    Map<UUID, String> emailsOf(Set<UUID> userIds);
}
