package io.panelist.audit;

import io.panelist.shared.Jdbc;
import io.panelist.shared.Json;
import io.micronaut.core.type.Argument;
import jakarta.inject.Singleton;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The audit log's page and count in plain JDBC, the SQL holding only the filters given, so that each combination is
 * planned for what it has: an actor or an action reads its own index of V35 in the log's order (newest first), a time
 * range alone the log's time index.
 */
@Singleton
class AuditSearchQueries {
    private static final String COLUMNS = """
        SELECT a.id, a.occurred_at, a.actor_id, a.actor_type, a.action, a.entity_type, a.entity_id,
               a.details::text FROM audit_events a
        """;
    private static final Argument<Map<String, Object>> DETAILS = Argument.mapOf(String.class, Object.class);
    private final Jdbc jdbc;
    private final Json json;

    AuditSearchQueries(Jdbc jdbc, Json json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<AuditEventRow> page(AuditFilter filter, int limit, long offset) {
        List<Object> values = new ArrayList<>();
        String sql = COLUMNS + where(filter, values) + " ORDER BY a.occurred_at DESC, a.id LIMIT ? OFFSET ?";
        values.add(limit);
        values.add(offset);
        return jdbc.query("read the audit log", sql, values, rows -> {
            List<AuditEventRow> events = new ArrayList<>();
            while (rows.next()) {
                events.add(new AuditEventRow(rows.getObject(1, UUID.class), rows.getTimestamp(2).toInstant(),
                        rows.getObject(3, UUID.class), rows.getString(4), rows.getString(5), rows.getString(6),
                        rows.getObject(7, UUID.class), json.read(rows.getString(8), DETAILS)));
            }
            return events;
        });
    }

    long count(AuditFilter filter) {
        List<Object> values = new ArrayList<>();
        return jdbc.query("count the audit log", "SELECT count(*) FROM audit_events a" + where(filter, values),
                values, rows -> {
                    rows.next();
                    return rows.getLong(1);
                });
    }

    private static String where(AuditFilter filter, List<Object> values) {
        List<String> conditions = new ArrayList<>();
        add(conditions, values, "a.entity_type = ?", filter.entityType());
        add(conditions, values, "a.entity_id = ?", filter.entityId());
        add(conditions, values, "a.actor_id = ?", filter.actorId());
        // actions are [a-z.-] only (a CHECK of V1), so a prefix needs no LIKE escaping
        add(conditions, values, filter.actionIsPrefix() ? "a.action LIKE ?" : "a.action = ?",
                filter.actionIsPrefix() ? filter.action() + "%" : filter.action());
        add(conditions, values, "a.occurred_at >= ?", filter.from() == null ? null : utc(filter.from()));
        add(conditions, values, "a.occurred_at < ?", filter.to() == null ? null : utc(filter.to()));
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void add(List<String> conditions, List<Object> values, String condition, Object value) {
        if (value != null) {
            conditions.add(condition);
            values.add(value);
        }
    }

    private static OffsetDateTime utc(java.time.Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
