package io.panelist.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

import java.sql.DriverManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Base of every test that needs the running server: a real PostgreSQL, migrated by Flyway, emptied before each
 * test, and an {@link Api} that calls the server over real HTTP.
 */
@MicronautTest(transactional = false, environments = "test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class IntegrationTest implements TestPropertyProvider {
    @Inject
    protected EmbeddedServer server;

    protected Api api;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.properties();
    }

    @BeforeEach
    void emptyTheDatabase() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("""
                    SELECT quote_ident(tablename) FROM pg_tables
                     WHERE schemaname = 'public' AND tablename <> 'flyway_schema_history'
                    """)) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            if (!tables.isEmpty()) {
                statement.execute("TRUNCATE " + String.join(", ", tables) + " CASCADE");
            }
        }
        api = new Api(server.getURI());
    }

    /**
     * Another instance of Panelist on the same database, as a second node of a deployment runs it: this class's
     * settings and background jobs, no HTTP server. The caller closes it.
     */
    protected ApplicationContext startSecondInstance() {
        Map<String, Object> properties = new HashMap<>(getProperties());
        properties.put("micronaut.server.port", -1);
        return ApplicationContext.run(properties, "test");
    }

    /**
     * Ends every database session that waits for a lock in a statement naming {@code table}, as the death of the
     * instance that opened it would; how many. On a connection of its own: a transaction sees one snapshot of
     * pg_stat_activity.
     */
    protected static int killSessionsWaitingOn(String table) throws SQLException {
        try (Connection watcher = connect(); java.sql.PreparedStatement look = watcher.prepareStatement("""
                SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
                 WHERE wait_event_type = 'Lock' AND strpos(query, ?) > 0 AND pid <> pg_backend_pid()
                """)) {
            look.setString(1, table);
            try (ResultSet rows = look.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** A plain connection outside the server's pool and transactions, for test bookkeeping. */
    protected static Connection connect() throws SQLException {
        Map<String, String> db = TestDatabase.properties();
        return DriverManager.getConnection(db.get("datasources.default.url"), db.get("datasources.default.username"),
                db.get("datasources.default.password"));
    }

    /** A count straight from the database, for proving that a refused request wrote nothing. */
    protected long count(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
