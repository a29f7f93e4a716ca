package io.panelist.faults;

import com.fasterxml.jackson.databind.JsonNode;
import io.panelist.support.Api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the database holds after a fault run, of what the run could have written (rows made since it began) and the
 * audit events of its window, read straight from PostgreSQL.
 */
record StoredState(Map<UUID, Card> cards, Map<UUID, Interview> interviews, Map<UUID, DecisionRow> decisions,
                   List<Event> events) {

    record Card(UUID id, UUID interviewId, String status, long version, Draft content, int questionNotes) {
        boolean submitted() {
            return status.equals("SUBMITTED");
        }
    }

    record Interview(UUID id, UUID applicationId, UUID stageId, Instant startsAt, Instant endsAt, String status,
                     Set<UUID> panel) {
    }

    record DecisionRow(UUID id, UUID applicationId, String outcome, String rationale, boolean reopened,
                       String reopenReason) {
    }

    record Event(String action, String entityType, UUID entityId, JsonNode details) {
    }

    static StoredState read(Connection db, Instant runStart) throws SQLException {
        OffsetDateTime since = runStart.atOffset(ZoneOffset.UTC);
        Map<UUID, Map<String, Draft.Topic>> topics = new HashMap<>();
        query(db, """
                SELECT ts.scorecard_id, t.key, coalesce(ts.score, 0), ts.notes FROM topic_scores ts
                  JOIN topics t ON t.id = ts.topic_id JOIN scorecards s ON s.id = ts.scorecard_id
                 WHERE s.created_at >= ?""", since, rs -> topics.computeIfAbsent(uuid(rs, 1), id -> new HashMap<>())
                .put(rs.getString(2), new Draft.Topic(rs.getInt(3), rs.getString(4))));
        Map<UUID, Card> cards = new LinkedHashMap<>();
        query(db, """
                SELECT s.id, s.interview_id, s.status, s.version, s.vote, s.summary,
                       (SELECT count(*) FROM question_notes q WHERE q.scorecard_id = s.id)
                  FROM scorecards s WHERE s.created_at >= ?""", since, rs -> cards.put(uuid(rs, 1),
                new Card(uuid(rs, 1), uuid(rs, 2), rs.getString(3), rs.getLong(4),
                        new Draft(topics.getOrDefault(uuid(rs, 1), Map.of()), rs.getString(5), rs.getString(6)),
                        rs.getInt(7))));
        Map<UUID, Interview> interviews = new LinkedHashMap<>();
        query(db, """
                SELECT i.id, i.application_id, i.stage_id, i.starts_at, i.ends_at, i.status,
                       array_remove(array_agg(ip.user_id::text), NULL)
                  FROM interviews i LEFT JOIN interview_panelists ip ON ip.interview_id = i.id
                 WHERE i.created_at >= ? GROUP BY i.id""", since, rs -> interviews.put(uuid(rs, 1),
                new Interview(uuid(rs, 1), uuid(rs, 2), uuid(rs, 3), instant(rs, 4), instant(rs, 5), rs.getString(6),
                        Arrays.stream((String[]) rs.getArray(7).getArray()).map(UUID::fromString)
                                .collect(Collectors.toSet()))));
        Map<UUID, DecisionRow> decisions = new LinkedHashMap<>();
        query(db, """
                SELECT id, application_id, outcome, rationale, reopened_at IS NOT NULL, reopen_reason FROM decisions
                 WHERE decided_at >= ?""", since, rs -> decisions.put(uuid(rs, 1), new DecisionRow(uuid(rs, 1),
                uuid(rs, 2), rs.getString(3), rs.getString(4), rs.getBoolean(5), rs.getString(6))));
        List<Event> events = new ArrayList<>();
        query(db, "SELECT action, entity_type, entity_id, details::text FROM audit_events WHERE occurred_at >= ?",
                since, rs -> events.add(new Event(rs.getString(1), rs.getString(2), uuid(rs, 3), json(rs.getString(4)))));
        return new StoredState(cards, interviews, decisions, events);
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(Connection db, String sql, Object parameter, RowReader reader) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }

    private static UUID uuid(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static JsonNode json(String text) {
        try {
            return Api.JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
