package io.panelist.security;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Counts audit events over one connection kept for a whole run: hundreds of counts, no connection set up for each. */
final class AuditEventCounter implements AutoCloseable {
    interface ConnectionSource {
        Connection open() throws SQLException;
    }

    private final ConnectionSource source;
    private Connection connection;

    AuditEventCounter(ConnectionSource source) {
        this.source = source;
    }

    long count() {
        try {
            if (connection == null || connection.isClosed()) {
                connection = source.open();
            }
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT count(*) FROM audit_events")) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws SQLException {
        if (connection != null) {
            connection.close();
        }
    }
}
