package io.panelist.audit;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One audit event as audit's own table holds it, before the actor's email is added. */
@Introspected
record AuditEventRow(UUID id, Instant occurredAt, @Nullable UUID actorId, String actorType, String action,
                     String entityType, @Nullable UUID entityId, @TypeDef(type = DataType.JSON) Map<String, Object> details) {
    AuditEventResponse withActor(Map<UUID, String> emails) {
        String email = actorId == null ? null : emails.get(actorId);
        return new AuditEventResponse(id, occurredAt, actorId, actorType, email, action, entityType, entityId, details);
    }
}
