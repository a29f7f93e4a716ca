package io.panelist.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("audit_events")
record AuditEvent(@Id UUID id, Instant occurredAt, @Nullable UUID actorId, String action, String entityType,
                  @Nullable UUID entityId, @TypeDef(type = DataType.JSON) String details) {
}
