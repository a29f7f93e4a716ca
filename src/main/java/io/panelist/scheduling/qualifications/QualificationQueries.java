package io.panelist.scheduling.qualifications;

import io.panelist.shared.Jdbc;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The SQL of qualifications (interviewer_qualifications, V18), on the caller's transaction or connection. The table
 * holds topic ids; people read and write topic keys, which never change.
 */
@Singleton
class QualificationQueries {
    /** Who may sit on panels, and so have qualifications. */
    static final String SITS_ON_PANELS = "u.roles && CAST(ARRAY['INTERVIEWER', 'HIRING_MANAGER'] AS text[])";
    private static final String PERSON = "SELECT " + SITS_ON_PANELS + " FROM users u WHERE u.id = ?";
    private static final String OF_PERSON = """
        SELECT t.key, q.level FROM interviewer_qualifications q JOIN topics t ON t.id = q.topic_id
         WHERE q.user_id = ? ORDER BY t.key
        """;
    private static final String TOPICS = "SELECT key, id FROM topics WHERE key = ANY(?)";
    /** Every write of qualifications queues here (see V22: their triggers lock verdicts in one order). */
    private static final String LOCK = "SELECT pg_advisory_xact_lock(hashtext('interviewer-qualifications'))";
    private static final String REMOVE_OTHERS = """
        DELETE FROM interviewer_qualifications WHERE user_id = ? AND NOT (topic_id = ANY(?))
        """;
    /** Rows whose level stays are not touched, so their triggers see no change. */
    private static final String PUT = """
        INSERT INTO interviewer_qualifications AS q (user_id, topic_id, level, updated_at)
        SELECT ?, n.topic_id, n.level, ? FROM unnest(CAST(? AS uuid[]), CAST(? AS text[])) AS n (topic_id, level)
        ON CONFLICT (user_id, topic_id) DO UPDATE SET level = EXCLUDED.level, updated_at = EXCLUDED.updated_at
         WHERE q.level <> EXCLUDED.level
        """;
    private static final String TRAINEE_TOPICS = """
        SELECT user_id, topic_id FROM interviewer_qualifications WHERE user_id = ANY(?) AND level = 'TRAINEE'
        """;
    private final Jdbc jdbc;

    QualificationQueries(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty for no such user; else whether they hold a role that sits on panels. */
    Optional<Boolean> sitsOnPanels(UUID userId) {
        return jdbc.query("read a person's roles", PERSON, List.of(userId),
                rows -> rows.next() ? Optional.of(rows.getBoolean(1)) : Optional.empty());
    }

    /** The person's qualifications, by topic key. */
    List<Qualification> of(UUID userId) {
        return jdbc.query("read qualifications", OF_PERSON, List.of(userId), rows -> {
            List<Qualification> found = new ArrayList<>();
            while (rows.next()) {
                found.add(new Qualification(rows.getString(1), QualificationLevel.valueOf(rows.getString(2))));
            }
            return found;
        });
    }

    /** The ids of the topics these keys name; keys that name none are left out. */
    Map<String, UUID> topicIds(List<String> keys) {
        return jdbc.query("read topics by key", TOPICS, List.of((Object) keys.toArray(String[]::new)), rows -> {
            Map<String, UUID> found = new HashMap<>();
            while (rows.next()) {
                found.put(rows.getString(1), rows.getObject(2, UUID.class));
            }
            return found;
        });
    }

    /** Waits for any other write of qualifications to commit; held until this transaction ends. */
    void queueForWriting() {
        jdbc.query("queue for writing qualifications", LOCK, List.of(), ResultSet::next);
    }

    /** Makes the person's qualifications exactly these (topic ids and levels by position). */
    void replace(UUID userId, List<UUID> topicIds, List<QualificationLevel> levels, Instant now) {
        UUID[] topics = topicIds.toArray(UUID[]::new);
        jdbc.update("remove qualifications", REMOVE_OTHERS, List.of(userId, topics));
        if (topics.length > 0) {
            jdbc.update("save qualifications", PUT, List.of(userId, OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
                    topics, levels.stream().map(Enum::name).toArray(String[]::new)));
        }
    }

    /** Per person, the topics in which they are a TRAINEE; people without any are left out. */
    Map<UUID, Set<UUID>> traineeTopics(List<UUID> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.query("read trainees' topics", TRAINEE_TOPICS,
                Collections.singletonList(userIds.toArray(UUID[]::new)), QualificationQueries::byPerson);
    }

    private static Map<UUID, Set<UUID>> byPerson(ResultSet rows) throws SQLException {
        Map<UUID, Set<UUID>> found = new HashMap<>();
        while (rows.next()) {
            found.computeIfAbsent(rows.getObject(1, UUID.class), id -> new HashSet<>())
                    .add(rows.getObject(2, UUID.class));
        }
        return found;
    }
}
