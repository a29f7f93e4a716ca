package io.panelist.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * An embedded PostgreSQL 16 that a test owns and can crash: its data in a folder of the test, on a fixed port, with
 * fsync, synchronous commit and full-page writes on (as a production server runs), so that what it acknowledged
 * survives a crash. Zonky starts it first; {@link #crashAndRestart} stops it as a power cut would ({@code pg_ctl stop
 * -m immediate}: no checkpoint, crash recovery at the next start) and starts it again on the same folder and port
 * with zonky's binaries.
 */
public final class RestartablePostgres implements AutoCloseable {
    private static final String USER = "postgres";
    private static final Duration START_BOUND = Duration.ofMinutes(2);
    /** Zonky's own defaults with durability switched back on, on the loopback interface only; every start uses them. */
    private static final Map<String, String> SETTINGS = Map.of("fsync", "on", "synchronous_commit", "on",
            "full_page_writes", "on", "timezone", "UTC", "max_connections", "300", "listen_addresses", "localhost");
    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final Path log;
    private final Path binaries;

    private RestartablePostgres(EmbeddedPostgres postgres, Path dataDirectory, Path log, Path binaries) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.log = log;
        this.binaries = binaries;
    }

    /** A new cluster in {@code folder}/data on a free port, its log in {@code folder}/postgres.log. */
    public static RestartablePostgres start(Path folder) {
        Path data = folder.resolve("data");
        Path log = folder.resolve("postgres.log");
        try {
            Files.createDirectories(data);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(data)
                    .setCleanDataDirectory(false).setPort(PanelistJvm.freePort()).setPGStartupWait(START_BOUND)
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()));
            SETTINGS.forEach(builder::setServerConfig);
            EmbeddedPostgres postgres = builder.start();
            return new RestartablePostgres(postgres, data, log, binariesOf(data));
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + data, e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    /** What a server process needs to use this database. */
    public Map<String, String> serverEnvironment() {
        return Map.of("DATASOURCES_DEFAULT_URL", jdbcUrl(), "DATASOURCES_DEFAULT_USERNAME", USER,
                "DATASOURCES_DEFAULT_PASSWORD", "");
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), USER, "");
    }

    /** Stops PostgreSQL without a checkpoint, every connection cut, then starts it on the same folder and port. */
    public void crashAndRestart() {
        pgCtl(List.of("stop", "-m", "immediate", "-w", "-t", "60"));
        pgCtl(List.of("start", "-w", "-t", Long.toString(START_BOUND.toSeconds()), "-l", log.toString(), "-o",
                options()));
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            // the check below stops a postmaster that zonky's short stop left behind
        }
        if (Files.exists(dataDirectory.resolve("postmaster.pid"))) {
            pgCtl(List.of("stop", "-m", "immediate", "-w", "-t", "60"));
        }
    }

    private String options() {
        return "-p " + postgres.getPort() + " " + SETTINGS.entrySet().stream()
                .map(setting -> "-c " + setting.getKey() + "=" + setting.getValue()).collect(Collectors.joining(" "));
    }

    private void pgCtl(List<String> args) {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            // as zonky runs its binaries: PostgreSQL refuses to run as root, and a new user namespace maps root away
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(binaries.resolve("pg_ctl").toString(), "-D", dataDirectory.toString()));
        command.addAll(args);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (!process.waitFor(START_BOUND.toSeconds() + 30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not finish:\n" + PanelistJvm.tail(log));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(command + " exited with " + process.exitValue() + ":\n"
                        + PanelistJvm.tail(log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The folder of the binaries zonky extracted, found from the running postmaster's own executable. */
    private static Path binariesOf(Path data) throws IOException {
        long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
        return ProcessHandle.of(pid).flatMap(p -> p.info().command()).map(Path::of).map(Path::getParent)
                .orElseThrow(() -> new IllegalStateException("cannot see the postmaster " + pid + "'s executable"));
    }
}
