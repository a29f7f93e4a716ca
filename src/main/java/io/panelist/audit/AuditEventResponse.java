package io.panelist.audit;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One audit event; {@code details} is the JSON object recorded with it. {@code actorType} is USER (a person, whose
 * email comes along) or API_KEY ({@code actorId} is the key's id).
 */
@Serdeable
@Introspected
public record AuditEventResponse(UUID id, Instant occurredAt, @Nullable UUID actorId, String actorType,
                                 @Nullable String actorEmail,
                                 String action, String entityType, @Nullable UUID entityId,
                                 @TypeDef(type = DataType.JSON) Map<String, Object> details) {
}
