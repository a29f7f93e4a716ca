package io.panelist.bench;

import io.micronaut.core.annotation.Nullable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The outbox part's mails, written straight into the outbox as Panelist writes an invitation without SMTP trouble:
 * kind INVITATION, PENDING, due now, with the payload as {@code notifications.MailPayload} is serialized. Each batch
 * has a name in its subjects, by which its tally is counted.
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
                insert.setString(4, payload(to, subject, "Your interview is booked (" + name + " #" + i + ").",
                        "<p>Your interview is booked (" + name + " #" + i + ").</p>"));
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
     * A mail's payload as {@code MailPayload} serializes (the dispatcher reads it back into one): to, subject, text,
     * html, no calendar part and no extra headers.
     */
    static String payload(String to, String subject, String text, String html) {
        return String.format(Locale.ROOT, "{\"to\":%s,\"subject\":%s,\"text\":%s,\"html\":%s,\"calendar\":null,"
                + "\"headers\":{}}", quoted(to), quoted(subject), quoted(text), quoted(html));
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
