package io.panelist.audit;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** One audit event as audit's own table holds it, before the names of what it mentions are added. */
record AuditEventRow(UUID id, Instant occurredAt, @Nullable UUID actorId, String actorType, String action,
                     String entityType, @Nullable UUID entityId, Map<String, Object> details) {

    /** Every id the event mentions: its actor, its entity and each id in its details, at any depth. */
    Set<UUID> mentions() {
        Set<UUID> ids = new LinkedHashSet<>();
        if (actorId != null) {
            ids.add(actorId);
        }
        if (entityId != null) {
            ids.add(entityId);
        }
        collect(details, ids);
        return ids;
    }

    AuditEventResponse withNames(Map<UUID, AuditNames.Name> names) {
        AuditNames.Name actor = actorId == null ? null : names.get(actorId);
        AuditNames.Name entity = entityId == null ? null : names.get(entityId);
        Map<String, String> mentioned = new LinkedHashMap<>();
        Set<UUID> inDetails = new LinkedHashSet<>();
        collect(details, inDetails);
        inDetails.forEach(id -> {
            AuditNames.Name name = names.get(id);
            if (name != null) {
                mentioned.put(id.toString(), name.name());
            }
        });
        return new AuditEventResponse(id, occurredAt, actorId, actorType, actor == null ? null : actor.email(),
                actor == null ? null : actor.name(), action, entityType, entityId,
                entity == null ? null : entity.name(), details, mentioned);
    }

    private static void collect(@Nullable Object value, Set<UUID> ids) {
        if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> collect(v, ids));
        } else if (value instanceof Collection<?> list) {
            list.forEach(v -> collect(v, ids));
        } else if (value instanceof String text && text.length() == 36) {
            try {
                ids.add(UUID.fromString(text));
            } catch (IllegalArgumentException notAnId) {
                // a text of an id's length that is no id: nothing to name
            }
        }
    }
}
