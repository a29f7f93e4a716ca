package io.panelist.bench;

import io.panelist.shared.database.DatabaseLocation;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fresh databases for the benchmark, one per data-set size ({@code panelist_bench_<applications>}) and one per other
 * part ({@code panelist_bench_booking}, {@code panelist_bench_outbox}, ...): on the PostgreSQL server that
 * {@code DATASOURCES_DEFAULT_URL} names (its user needs CREATEDB), or else on an embedded PostgreSQL 16 whose data
 * lives under the benchmark's folder and which stops with the benchmark.
 */
final class BenchDatabases implements AutoCloseable {
    static final String PREFIX = "panelist_bench_";
    private static final Pattern JDBC_URL = Pattern.compile("^(jdbc:postgresql://[^/?]+/)([^?]*)(\\?.*)?$");

    /** One database, as the server and the generator reach it. */
    record Database(String name, String url, String user, String password) {
        Map<String, String> environment() {
            return Map.of(DatabaseLocation.URL_VARIABLE, url, "DATASOURCES_DEFAULT_USERNAME", user,
                    "DATASOURCES_DEFAULT_PASSWORD", password);
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }

    private final Database admin;
    private final EmbeddedPostgres embedded;

    private BenchDatabases(Database admin, EmbeddedPostgres embedded) {
        this.admin = admin;
        this.embedded = embedded;
    }

    static BenchDatabases open(Map<String, String> env, Path folder) {
        String url = env.get(DatabaseLocation.URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            return new BenchDatabases(new Database("(server)", url, env.getOrDefault("DATASOURCES_DEFAULT_USERNAME", ""),
                    env.getOrDefault("DATASOURCES_DEFAULT_PASSWORD", "")), null);
        }
        try {
            Path data = Files.createDirectories(folder.resolve("postgres"));
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true)
                    .start();
            return new BenchDatabases(new Database("postgres", postgres.getJdbcUrl("postgres", "postgres"),
                    "postgres", ""), postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
    }

    /** Where the databases live, for the report. */
    String describe() {
        try (Connection connection = admin.connect(); Statement statement = connection.createStatement();
             var rs = statement.executeQuery("SHOW server_version")) {
            rs.next();
            return (embedded != null ? "embedded PostgreSQL " : "PostgreSQL ") + rs.getString(1)
                    + (embedded != null ? "" : " at " + withoutCredentials(admin.url()));
        } catch (SQLException e) {
            return "PostgreSQL (version unknown: " + e.getMessage() + ")";
        }
    }

    /** Drops the benchmark's database of that size if it exists, and creates it empty. */
    Database fresh(int applications) {
        return fresh(String.valueOf(applications));
    }

    /** Drops the benchmark's database {@code panelist_bench_<suffix>} if it exists, and creates it empty. */
    Database fresh(String suffix) {
        if (!suffix.matches("[a-z0-9_]{1,40}")) {
            throw new IllegalArgumentException("not a database name suffix: " + suffix);
        }
        String name = PREFIX + suffix;
        try (Connection connection = admin.connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the database " + name + ": " + e.getMessage(), e);
        }
        return new Database(name, urlOf(admin.url(), name), admin.user(), admin.password());
    }

    static String urlOf(String url, String database) {
        Matcher matcher = JDBC_URL.matcher(url);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + url);
        }
        return matcher.group(1) + database + (matcher.group(3) == null ? "" : matcher.group(3));
    }

    private static String withoutCredentials(String url) {
        return url.replaceAll("(?i)([?&]password=)[^&]*", "$1***");
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                System.err.println("the embedded PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }
    }
}
