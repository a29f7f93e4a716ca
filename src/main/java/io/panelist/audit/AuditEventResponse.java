package io.panelist.audit;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One audit event; {@code details} is the JSON object recorded with it. {@code actorType} is USER (a person, whose
 * email and name come along) or API_KEY ({@code actorId} is the key's id, {@code actorName} its name).
 * {@code entityName} names the entity (an erased candidate reads "Erased candidate"); {@code names} names each id that
 * the details mention (panelists, stages, plans, ...), by id. A record that no longer exists has no name.
 */
@Serdeable
@Introspected
public record AuditEventResponse(UUID id, Instant occurredAt, @Nullable UUID actorId, String actorType,
                                 @Nullable String actorEmail, @Nullable String actorName,
                                 String action, String entityType, @Nullable UUID entityId,
                                 @Nullable String entityName, Map<String, Object> details,
                                 Map<String, String> names) {
}
