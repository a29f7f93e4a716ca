package io.panelist.bench;

import io.micronaut.core.annotation.Nullable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A packaged Panelist jar (this build, or another one to compare with) as an operator runs it: its {@code seed}
 * command, and servers with the benchmark's JVM options, all signing tokens with one secret. Server logs go to
 * {@code logs/server-<name>.log}.
 */
final class PanelistJar {
    private final Path jar;
    private final List<String> jvmOptions;
    private final String jwtSecret;
    private final Path logs;
    private final PrintStream out;

    PanelistJar(Path jar, List<String> jvmOptions, String jwtSecret, Path logs, PrintStream out) {
        this.jar = jar;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.jwtSecret = jwtSecret;
        this.logs = logs;
        this.out = out;
    }

    Path path() {
        return jar;
    }

    /** Starts a server on the database, on a free port, with more JVM options and environment variables. */
    ServerProcess start(BenchDatabases.Database database, List<String> extraOptions, Map<String, String> environment,
                        String name) {
        List<String> jvm = new ArrayList<>(jvmOptions);
        jvm.addAll(extraOptions);
        try {
            Files.createDirectories(logs);
            return ServerProcess.start(jar, jvm, database, freePort(), jwtSecret, environment,
                    logs.resolve("server-" + name + ".log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code java -jar panelist.jar seed} as its own process, as the README documents it, and times it. */
    /** The seed's first rater severity estimate: how many scores it counted, and how long it took. */
    record SeverityEstimate(long scores, double seconds) {
    }

    /** A seeded database: how long the seed took, and its severity estimate (null: this build's seed makes none). */
    record Seeded(double seconds, @Nullable SeverityEstimate estimate) {
    }

    /** The seed's line for the estimate, as SeedCommand prints it. */
    private static final Pattern ESTIMATE_LINE =
            Pattern.compile("rater severity estimate\\s+([\\d,]+) rows\\s+([\\d.]+) s");

    Seeded seed(BenchDatabases.Database database, int applications) {
        out.printf(Locale.ROOT, "Generating %,d applications in %s%n", applications, database.name());
        List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"), "-jar", jar.toString(),
                SeedCommand.NAME, "--applications", String.valueOf(applications));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("MICRONAUT_ENVIRONMENTS");
        builder.environment().remove("PANELIST_DATA_DIR");
        builder.environment().putAll(database.environment());
        long start = System.nanoTime();
        SeverityEstimate[] estimate = new SeverityEstimate[1];
        try {
            Process process = builder.start();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                lines.lines()
                        .filter(line -> line.startsWith("  ") || line.startsWith("Done") || line.startsWith("seed"))
                        .forEach(line -> {
                            out.println("  " + line.strip());
                            Matcher matched = ESTIMATE_LINE.matcher(line);
                            if (matched.find()) {
                                estimate[0] = new SeverityEstimate(Long.parseLong(matched.group(1).replace(",", "")),
                                        Double.parseDouble(matched.group(2)));
                            }
                        });
            }
            if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != SeedCommand.OK) {
                throw new IllegalStateException("seed --applications " + applications + " failed (" + jar + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return new Seeded((System.nanoTime() - start) / 1e9, estimate[0]);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
