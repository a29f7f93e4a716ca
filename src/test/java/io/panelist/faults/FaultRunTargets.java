package io.panelist.faults;

import io.panelist.identity.DemoUsers;
import io.panelist.support.Api;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Who does what in a fault run, read from the seeded data set (see bench.DatasetSql) and signed in through
 * {@code POST /login}: panelists on upcoming interviews to autosave, finished applications for the hiring manager to
 * decide, and, for bookings and submissions, active applications each with a panelist of its own, so that no two
 * clients ever compete for a person, an application or a slot.
 */
record FaultRunTargets(String recruiterToken, String managerToken, List<Panelist> autosavers, List<Round> bookings,
                       List<Round> submissionRounds, List<Panelist> submitters, List<UUID> decisions) {
    static final int AUTOSAVERS = 3;
    static final int BOOKERS = 2;
    static final int SUBMITTERS = 2;
    static final int DECIDED_APPLICATIONS = 12;

    /** An interviewer with their token; for autosaves, their upcoming interview, and the topic keys of its stage. */
    record Panelist(UUID id, String token, UUID interviewId, List<String> topicKeys) {
    }

    /** What one client books: an application, a stage of its plan, one panelist, and the first slot. */
    record Round(UUID applicationId, UUID stageId, UUID panelistId, Instant firstSlot) {
    }

    static FaultRunTargets read(Connection db, Api api) throws SQLException {
        List<Panelist> autosavers = new ArrayList<>();
        List<UUID> taken = new ArrayList<>();
        for (List<String> row : rows(db, """
                SELECT DISTINCT ON (i.id) u.id, u.email, i.id, i.stage_id FROM interviews i
                  JOIN interview_panelists ip ON ip.interview_id = i.id JOIN users u ON u.id = ip.user_id
                 WHERE i.status = 'SCHEDULED' AND i.starts_at > now() AND u.email LIKE 'interviewer-%'
                 ORDER BY i.id, u.email LIMIT ?""", AUTOSAVERS)) {
            UUID id = UUID.fromString(row.get(0));
            taken.add(id);
            autosavers.add(new Panelist(id, login(api, row.get(1)), UUID.fromString(row.get(2)),
                    topicKeys(db, row.get(3))));
        }
        List<List<String>> others = rows(db, """
                SELECT id, email FROM users WHERE email LIKE 'interviewer-%' AND NOT (id = ANY (?))
                 ORDER BY email LIMIT ?""", db.createArrayOf("uuid", taken.toArray()), BOOKERS + SUBMITTERS);
        List<List<String>> finished = rows(db, """
                SELECT a.id, (SELECT s.id FROM plan_stages s WHERE s.plan_id = a.plan_id ORDER BY s.position LIMIT 1)
                  FROM applications a
                 WHERE a.status = 'ACTIVE'
                   AND NOT EXISTS (SELECT 1 FROM interviews i WHERE i.application_id = a.id AND i.status = 'SCHEDULED')
                 ORDER BY a.id LIMIT ?""", DECIDED_APPLICATIONS + BOOKERS + SUBMITTERS);
        Instant future = instant(db, "SELECT date_trunc('day', max(ends_at)) + interval '1 day' FROM interviews");
        Instant past = instant(db, "SELECT date_trunc('day', now()) - interval '60 days'");
        List<Round> bookings = new ArrayList<>();
        List<Round> submissionRounds = new ArrayList<>();
        List<Panelist> submitters = new ArrayList<>();
        for (int i = 0; i < BOOKERS + SUBMITTERS; i++) {
            List<String> application = finished.get(DECIDED_APPLICATIONS + i);
            UUID panelist = UUID.fromString(others.get(i).get(0));
            if (i < BOOKERS) {
                bookings.add(new Round(UUID.fromString(application.get(0)), UUID.fromString(application.get(1)),
                        panelist, future.plus(Duration.ofHours(i))));
            } else {
                submissionRounds.add(new Round(UUID.fromString(application.get(0)), UUID.fromString(application.get(1)),
                        panelist, past.plus(Duration.ofHours(i))));
                submitters.add(new Panelist(panelist, login(api, others.get(i).get(1)), null,
                        topicKeys(db, application.get(1))));
            }
        }
        List<UUID> decisions = finished.subList(0, DECIDED_APPLICATIONS).stream()
                .map(row -> UUID.fromString(row.get(0))).toList();
        return new FaultRunTargets(login(api, "recruiter@example.com"), login(api, "manager@example.com"), autosavers,
                bookings, submissionRounds, submitters, decisions);
    }

    private static String login(Api api, String email) {
        return api.login(email, DemoUsers.PASSWORD);
    }

    private static List<String> topicKeys(Connection db, String stageId) throws SQLException {
        return rows(db, """
                SELECT t.key FROM stage_topics st JOIN topics t ON t.id = st.topic_id
                 WHERE st.stage_id = CAST(? AS uuid) ORDER BY st.position""", stageId)
                .stream().map(row -> row.get(0)).toList();
    }

    private static Instant instant(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getTimestamp(1).toInstant();
        }
    }

    private static List<List<String>> rows(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                        row.add(rs.getString(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }
}
