package io.panelist.audit;

import io.micronaut.core.annotation.Nullable;
import io.panelist.shared.Actors;
import io.panelist.shared.Jdbc;
import io.panelist.shared.Json;
import io.panelist.shared.Page;
import io.panelist.shared.Paging;
import io.panelist.shared.erasure.FreeTextColumns;
import io.panelist.shared.erasure.FreeTextEraser;
import io.panelist.shared.erasure.PersonMentions;
import jakarta.inject.Singleton;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** Records who did what to which entity. Writes join the caller's transaction, so the event and the change commit together. */
@Singleton
public class AuditService {
    private static final String INSERT = """
        INSERT INTO audit_events (id, occurred_at, actor_id, actor_type, action, entity_type, entity_id, details)
        VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))
        """;
    private static final String INSERT_EACH = """
        INSERT INTO audit_events (id, occurred_at, actor_id, actor_type, action, entity_type, entity_id, details)
        SELECT e.id, CAST(? AS timestamptz), CAST(? AS uuid), CAST(? AS text), CAST(? AS text), CAST(? AS text),
               e.entity_id, CAST(e.details AS jsonb)
          FROM unnest(CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS text[])) AS e (id, entity_id, details)
        """;
    private static final FreeTextColumns DETAILS = FreeTextColumns.about("audit_events", List.of("id"), List.of(),
            List.of("details"), "entity_id = ANY(CAST(? AS uuid[]))").andElsewhere();
    private final AuditSearchQueries events;
    private final Jdbc jdbc;
    private final AuditNames names;
    private final Json json;
    private final FreeTextEraser eraser;
    private final Clock clock;

    AuditService(AuditSearchQueries events, Jdbc jdbc, AuditNames names, Json json, FreeTextEraser eraser,
                 Clock clock) {
        this.events = events;
        this.jdbc = jdbc;
        this.names = names;
        this.json = json;
        this.eraser = eraser;
        this.clock = clock;
    }

    /**
     * @param actorId    the person who acts, or the API key when a key calls (recorded as actor type API_KEY)
     * @param action     a dotted verb such as {@code user.created}
     * @param details    a small map of what changed; never passwords or tokens
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(@Nullable UUID actorId, String action, String entityType, @Nullable UUID entityId,
                       Map<String, ?> details) {
        // plain JDBC: every write records an event, and Micronaut Data's binding costs more CPU than the insert
        jdbc.update("record the audit event", INSERT, Arrays.asList(UUID.randomUUID(),
                clock.instant().atOffset(ZoneOffset.UTC), actorId, Actors.typeOf(actorId), action, entityType, entityId,
                json.write(details)));
    }

    /**
     * One event per entity, all of the same action, in one statement: a bulk write (an import of thousands of rows)
     * is audited entity by entity without a round trip each.
     *
     * @param detailsByEntity the details of each entity's event, by entity id, in the order to record them
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordEach(@Nullable UUID actorId, String action, String entityType,
                           Map<UUID, ? extends Map<String, ?>> detailsByEntity) {
        if (detailsByEntity.isEmpty()) {
            return;
        }
        UUID[] ids = new UUID[detailsByEntity.size()];
        UUID[] entities = new UUID[ids.length];
        String[] details = new String[ids.length];
        int i = 0;
        for (var entry : detailsByEntity.entrySet()) {
            ids[i] = UUID.randomUUID();
            entities[i] = entry.getKey();
            details[i++] = json.write(entry.getValue());
        }
        jdbc.update("record the audit events", INSERT_EACH, Arrays.asList(clock.instant().atOffset(ZoneOffset.UTC),
                actorId, Actors.typeOf(actorId), action, entityType, ids, entities, details));
    }

    /**
     * Replaces a person's mentions wherever audit details hold them, inside their string values (a person's right to
     * erasure): every form in the events about them (the entities {@code aboutThem}), the unambiguous forms in every
     * other event, since any event's details may quote a text that named them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void scrub(PersonMentions mentions, Collection<UUID> aboutThem) {
        eraser.erase(DETAILS, mentions, (Object) aboutThem.toArray(UUID[]::new));
    }

    /**
     * A page of the log, newest first, with the names of what its events mention: one query for the page, one for
     * the names, and one for the count unless the page tells it.
     */
    @ReadOnly
    public Page<AuditEventResponse> search(AuditFilter filter, Paging paging) {
        List<AuditEventRow> rows = events.page(filter, paging.pageSize(), paging.offset());
        Set<UUID> mentioned = new LinkedHashSet<>();
        rows.forEach(row -> mentioned.addAll(row.mentions()));
        Map<UUID, AuditNames.Name> named = mentioned.isEmpty() ? Map.of() : names.namesOf(mentioned);
        boolean last = rows.size() < paging.pageSize() && (!rows.isEmpty() || paging.offset() == 0);
        return new Page<>(rows.stream().map(row -> row.withNames(named)).toList(), paging.pageNumber(),
                paging.pageSize(), last ? paging.offset() + rows.size() : events.count(filter));
    }
}
