package io.panelist.audit;

import io.micronaut.core.annotation.Nullable;
import io.panelist.shared.Json;
import io.panelist.shared.Page;
import io.panelist.shared.Paging;
import jakarta.inject.Singleton;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/** Records who did what to which entity. Writes join the caller's transaction, so the event and the change commit together. */
@Singleton
public class AuditService {
    private final AuditRepository events;
    private final Json json;
    private final Clock clock;

    AuditService(AuditRepository events, Json json, Clock clock) {
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param action     a dotted verb such as {@code user.created}
     * @param details    a small map of what changed; never passwords or tokens
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(@Nullable UUID actorId, String action, String entityType, @Nullable UUID entityId,
                       Map<String, ?> details) {
        events.insert(UUID.randomUUID(), clock.instant(), actorId, action, entityType, entityId, json.write(details));
    }

    /** Anonymizes personal identifiers wherever audit details mention them (a person's right to erasure). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void scrub(java.util.List<String> identifiers, String replacement) {
        String safeReplacement = json.escaped(replacement);
        for (String identifier : identifiers) {
            events.replaceInDetails(io.panelist.shared.Texts.regexLiteral(json.escaped(identifier)), safeReplacement);
        }
    }

    @ReadOnly
    public Page<AuditEventResponse> search(@Nullable String entityType, @Nullable UUID entityId, Paging paging) {
        return new Page<>(events.search(entityType, entityId, paging.pageSize(), paging.offset()),
                paging.pageNumber(), paging.pageSize(), events.count(entityType, entityId));
    }
}
