package io.panelist.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The one PostgreSQL of a test JVM, chosen once in DESIGN.md's order: DATASOURCES_DEFAULT_URL when set (a database
 * of its own for each JVM after the first, see {@link ForkDatabases}), Testcontainers where a Docker engine answers,
 * otherwise a throw-away embedded PostgreSQL 16. The test run forks two JVMs, each with its own database.
 */
public final class TestDatabase {
    public static final String IMAGE = "postgres:16-alpine";
    private static Map<String, String> properties;

    private TestDatabase() {
    }

    public static synchronized Map<String, String> properties() {
        if (properties == null) {
            properties = choose();
        }
        return properties;
    }

    private static Map<String, String> choose() {
        String url = System.getenv("DATASOURCES_DEFAULT_URL");
        if (url != null && !url.isBlank()) {
            String username = System.getenv().getOrDefault("DATASOURCES_DEFAULT_USERNAME", "");
            String password = System.getenv().getOrDefault("DATASOURCES_DEFAULT_PASSWORD", "");
            return Map.of("datasources.default.url", ForkDatabases.forThisFork(url, username, password),
                    "datasources.default.username", username, "datasources.default.password", password);
        }
        if (dockerAnswers()) {
            PostgreSQLContainer<?> container = new PostgreSQLContainer<>(IMAGE);
            container.start();
            return Map.of("datasources.default.url", container.getJdbcUrl(),
                    "datasources.default.username", container.getUsername(),
                    "datasources.default.password", container.getPassword());
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the throw-away data directory goes with it
                }
            }));
            return Map.of("datasources.default.url", postgres.getJdbcUrl("postgres", "postgres"),
                    "datasources.default.username", "postgres", "datasources.default.password", "");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL for tests", e);
        }
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
