package io.panelist.faults;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What must hold of every row after any fault, beyond what the schema's constraints hold by themselves: a submitted
 * scorecard answers every topic of its stage and scores no other topic, an interview is completed exactly when its
 * whole panel has submitted, and a decided application is closed as its standing decision says.
 */
final class Invariants {
    private static final Map<String, String> VIOLATIONS = Map.of(
            "a submitted scorecard leaves a topic of its stage unanswered", """
                    SELECT s.id::text FROM scorecards s JOIN stage_topics st ON st.stage_id = s.stage_id
                      LEFT JOIN topic_scores ts ON ts.scorecard_id = s.id AND ts.topic_id = st.topic_id
                     WHERE s.status = 'SUBMITTED'
                       AND (ts.scorecard_id IS NULL OR (ts.score IS NULL AND ts.not_assessed_reason IS NULL))""",
            "a scorecard scores a topic its stage does not hold", """
                    SELECT ts.scorecard_id::text FROM topic_scores ts
                     WHERE NOT EXISTS (SELECT 1 FROM stage_topics st
                                        WHERE st.stage_id = ts.stage_id AND st.topic_id = ts.topic_id)""",
            "an interview's status disagrees with its panel's submissions", """
                    SELECT i.id::text FROM interviews i
                     WHERE i.status IN ('SCHEDULED', 'COMPLETED')
                       AND (i.status = 'COMPLETED') <> NOT EXISTS (
                           SELECT 1 FROM interview_panelists ip
                            WHERE ip.interview_id = i.id AND NOT EXISTS (
                                  SELECT 1 FROM scorecards s WHERE s.interview_id = i.id
                                     AND s.panelist_id = ip.user_id AND s.status = 'SUBMITTED'))""",
            "an application's status disagrees with its standing decision", """
                    SELECT a.id::text FROM applications a
                      LEFT JOIN decisions d ON d.application_id = a.id AND d.reopened_at IS NULL
                     WHERE a.id = ANY (?)
                       AND a.status <> CASE d.outcome WHEN 'HIRE' THEN 'HIRED' WHEN 'NO_HIRE' THEN 'REJECTED'
                                                      ELSE 'ACTIVE' END""");

    private Invariants() {
    }

    /** Each violation found, with the ids of the rows that break it; {@code decided}: the applications decided on. */
    static List<String> violations(Connection db, List<UUID> decided) throws SQLException {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, String> rule : VIOLATIONS.entrySet()) {
            try (PreparedStatement statement = db.prepareStatement(rule.getValue())) {
                if (rule.getValue().contains("?")) {
                    statement.setArray(1, db.createArrayOf("uuid", decided.toArray()));
                }
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                    }
                }
                if (!rows.isEmpty()) {
                    found.add(rule.getKey() + ": " + rows.subList(0, Math.min(10, rows.size()))
                            + (rows.size() > 10 ? " and " + (rows.size() - 10) + " more" : ""));
                }
            }
        }
        return found;
    }
}
