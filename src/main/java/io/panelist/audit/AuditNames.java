package io.panelist.audit;

import io.micronaut.core.annotation.Nullable;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The display name of each record an audit page mentions: its actors, entities and the ids in its details. The
 * records belong to the features above audit, so the layer above them all answers, in one query a page.
 */
public interface AuditNames {
    /** What an id names: its kind ({@code user}, {@code stage}, ...), its display name and, for a user, the email. */
    record Name(String kind, String name, @Nullable String email) {
    }

    /** The name of each id that names a record; ids of nothing (a deleted webhook) are left out. */
    Map<UUID, Name> namesOf(Collection<UUID> ids);
}
