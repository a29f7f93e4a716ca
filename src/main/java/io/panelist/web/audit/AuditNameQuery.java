package io.panelist.web.audit;

import io.panelist.audit.AuditNames;
import io.panelist.shared.Jdbc;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Names the ids an audit page mentions in one query over the tables of every feature, which only the layer above
 * them all may read. Ids are random uuids, so each is looked up in every kind of record at once: an id in the details
 * needs no knowledge of what its key meant. An erased candidate is named as erased, wherever they appear.
 */
@Singleton
class AuditNameQuery implements AuditNames {
    private static final String CANDIDATE = "CASE WHEN c.erased_at IS NULL THEN c.name ELSE 'Erased candidate' END";
    private static final String NAMES = """
        WITH wanted AS (SELECT DISTINCT unnest(CAST(? AS uuid[])) AS id)
        SELECT u.id, 'user', coalesce(u.display_name, u.email), u.email FROM users u WHERE u.id IN (SELECT id FROM wanted)
        UNION ALL
        SELECT k.id, 'api-key', 'API key ' || k.name, NULL FROM api_keys k WHERE k.id IN (SELECT id FROM wanted)
        UNION ALL
        SELECT c.id, 'candidate', %1$s, NULL FROM candidates c WHERE c.id IN (SELECT id FROM wanted)
        UNION ALL
        SELECT p.id, 'position', p.title, NULL FROM positions p WHERE p.id IN (SELECT id FROM wanted)
        UNION ALL
        SELECT a.id, 'application', %1$s || ' for ' || p.title, NULL
          FROM applications a JOIN candidates c ON c.id = a.candidate_id JOIN positions p ON p.id = a.position_id
         WHERE a.id IN (SELECT id FROM wanted)
        UNION ALL
        SELECT pl.id, 'plan', pl.name || ' (version ' || pl.plan_version || ')', NULL
          FROM plans pl WHERE pl.id IN (SELECT id FROM wanted)
        UNION ALL
        SELECT s.id, 'stage', s.name, NULL FROM plan_stages s WHERE s.id IN (SELECT id FROM wanted)
        UNION ALL
        SELECT t.id, 'topic', t.name, NULL FROM topics t WHERE t.id IN (SELECT id FROM wanted)
        UNION ALL
        SELECT q.id, 'question', q.key, NULL FROM questions q WHERE q.id IN (SELECT id FROM wanted)
        UNION ALL
        SELECT i.id, 'interview', s.name || ' with ' || %1$s, NULL
          FROM interviews i JOIN plan_stages s ON s.id = i.stage_id JOIN candidates c ON c.id = i.candidate_id
         WHERE i.id IN (SELECT id FROM wanted)
        UNION ALL
        SELECT sc.id, 'scorecard', coalesce(u.display_name, u.email) || '''s scorecard', NULL
          FROM scorecards sc JOIN users u ON u.id = sc.panelist_id WHERE sc.id IN (SELECT id FROM wanted)
        UNION ALL
        SELECT l.id, 'scheduling-link', 'Scheduling link for ' || %1$s, NULL
          FROM scheduling_links l JOIN candidates c ON c.id = l.candidate_id WHERE l.id IN (SELECT id FROM wanted)
        UNION ALL
        SELECT w.id, 'webhook', w.url, NULL FROM webhooks w WHERE w.id IN (SELECT id FROM wanted)
        """.formatted(CANDIDATE);

    private final Jdbc jdbc;

    AuditNameQuery(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, Name> namesOf(Collection<UUID> ids) {
        return jdbc.query("name the audit log's records", NAMES, java.util.List.of((Object) ids.toArray(UUID[]::new)),
                rows -> {
                    Map<UUID, Name> names = new HashMap<>();
                    while (rows.next()) {
                        names.put(rows.getObject(1, UUID.class),
                                new Name(rows.getString(2), rows.getString(3), rows.getString(4)));
                    }
                    return names;
                });
    }
}
