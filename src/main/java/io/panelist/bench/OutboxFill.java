package io.panelist.bench;

import io.micronaut.core.annotation.Nullable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The outbox part's mails, written straight into the outbox as Panelist writes a candidate's invitation without SMTP
 * trouble: kind INVITATION, PENDING, due now, with the payload an interview letter (the facts the dispatcher renders
 * the mail from: text, HTML and the invite). Each batch has a name in its subjects, by which its tally is counted.
 */
final class OutboxFill {
    private static final int JDBC_BATCH = 500;
    private static final String INSERT = """
            INSERT INTO outbox (id, kind, status, recipient, subject, payload, attempts, next_attempt_at, created_at)
            VALUES (?, 'INVITATION', 'PENDING', ?, ?, CAST(? AS jsonb), 0, now(), now())""";
    private static final String TALLY = """
            SELECT count(*) FILTER (WHERE status = 'PENDING'), count(*) FILTER (WHERE status = 'SENT'),
                   count(*) FILTER (WHERE status = 'DEAD'), max(sent_at)
              FROM outbox WHERE subject LIKE ?""";

    private OutboxFill() {
    }

    /** The mails of one batch, committed at {@code committedAt} (taken just before the commit). */
    record Batch(String name, List<UUID> ids, Instant committedAt) {
        Batch {
            ids = List.copyOf(ids);
        }
    }

    /** Where a batch stands: pending, sent and dead mails, and the last one's sending time. */
    record Tally(long pending, long sent, long dead, @Nullable Instant lastSentAt) {
    }

    /** Writes {@code count} mails in one transaction. */
    static Batch insert(Connection connection, String name, int count) throws SQLException {
        List<UUID> ids = new ArrayList<>(count);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (int i = 1; i <= count; i++) {
                UUID id = UUID.randomUUID();
                String to = "candidate-" + i + "@bench.example.com";
                String subject = subjectPrefix(name) + i;
                insert.setObject(1, id);
                insert.setString(2, to);
                insert.setString(3, subject);
                insert.setString(4, payload(to, subject, "Candidate " + name + " #" + i, Instant.now()));
                insert.addBatch();
                ids.add(id);
                if (i % JDBC_BATCH == 0 || i == count) {
                    insert.executeBatch();
                }
            }
            Instant committedAt = Instant.now();
            connection.commit();
            return new Batch(name, ids, committedAt);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    static Tally tally(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(TALLY)) {
            statement.setString(1, subjectPrefix(name) + "%");
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                Timestamp last = rs.getTimestamp(4);
                return new Tally(rs.getLong(1), rs.getLong(2), rs.getLong(3), last == null ? null : last.toInstant());
            }
        }
    }

    /**
     * A candidate's invitation as {@code scheduling.invites.InterviewLetter} serializes it: to, subject, the reader,
     * and the interview (a one-hour technical round with one panelist, tomorrow at 10:00 in Berlin).
     */
    static String payload(String to, String subject, String candidateName, Instant now) {
        Instant startsAt = now.truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.DAYS);
        String interview = String.format(Locale.ROOT, "{\"id\":\"%s\",\"applicationId\":\"%s\",\"candidateId\":\"%s\","
                + "\"candidateName\":%s,\"positionId\":\"%s\",\"positionTitle\":\"Backend Engineer\","
                + "\"hiringManagerId\":\"%s\",\"planId\":\"%s\",\"stageId\":\"%s\",\"stageName\":\"Technical\","
                + "\"stageKind\":\"TECHNICAL\",\"startsAt\":\"%s\",\"endsAt\":\"%s\",\"timeZone\":\"Europe/Berlin\","
                + "\"location\":\"Room 4\",\"status\":\"SCHEDULED\",\"statusReason\":null,\"sequence\":0,"
                + "\"panelists\":[{\"id\":\"%s\",\"displayName\":\"Ana Alvarez\",\"email\":\"ana@bench.example.com\"}],"
                + "\"warnings\":[],\"version\":0,\"createdAt\":\"%s\",\"updatedAt\":\"%s\"}",
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), quoted(candidateName), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), startsAt, startsAt.plus(1, ChronoUnit.HOURS),
                UUID.randomUUID(), now, now);
        return String.format(Locale.ROOT, "{\"letter\":\"interview\",\"to\":%s,\"subject\":%s,\"occasion\":\"INVITED\","
                + "\"readerName\":%s,\"readerZone\":\"Europe/Berlin\",\"forCandidate\":true,\"candidateEmail\":%s,"
                + "\"stamp\":\"%s\",\"previousStartsAt\":null,\"previousEndsAt\":null,\"interview\":%s}",
                quoted(to), quoted(subject), quoted(candidateName), quoted(to), now, interview);
    }

    static String quoted(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> json.append(c < 0x20 ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return json.append('"').toString();
    }

    private static String subjectPrefix(String name) {
        return "Outbox bench " + name + " #";
    }
}
