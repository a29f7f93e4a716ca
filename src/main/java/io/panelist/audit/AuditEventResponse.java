package io.panelist.audit;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One audit event; {@code details} is the JSON object recorded with it. */
@Serdeable
@Introspected
public record AuditEventResponse(UUID id, Instant occurredAt, @Nullable UUID actorId, @Nullable String actorEmail,
                                 String action, String entityType, @Nullable UUID entityId,
                                 @TypeDef(type = DataType.JSON) Map<String, Object> details) {
}
