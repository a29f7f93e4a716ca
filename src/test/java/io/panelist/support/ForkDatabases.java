package io.panelist.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A database of its own for each test JVM when the tests share one PostgreSQL server (DATASOURCES_DEFAULT_URL): every
 * test empties the database it runs on, so two JVMs on one database would empty each other's. The first JVM uses the
 * database of the URL; the n-th, that name with {@code _fork<n>}, created when missing (the user needs CREATEDB).
 */
final class ForkDatabases {
    /** Set by the build (surefire's fork number, from 1). */
    static final String FORK_PROPERTY = "panelist.test.fork";

    private ForkDatabases() {
    }

    static String forThisFork(String url, String username, String password) {
        int fork = Integer.parseInt(System.getProperty(FORK_PROPERTY, "1"));
        if (fork <= 1) {
            return url;
        }
        int nameStart = url.indexOf('/', url.indexOf("//") + 2) + 1;
        int nameEnd = url.indexOf('?', nameStart) < 0 ? url.length() : url.indexOf('?', nameStart);
        String name = url.substring(nameStart, nameEnd) + "_fork" + fork;
        try (Connection connection = DriverManager.getConnection(url, username, password);
             Statement statement = connection.createStatement()) {
            try (ResultSet found = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                if (!found.next()) {
                    statement.execute("CREATE DATABASE \"" + name + "\"");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not make the test database " + name + " for fork " + fork, e);
        }
        return url.substring(0, nameStart) + name + url.substring(nameEnd);
    }
}
