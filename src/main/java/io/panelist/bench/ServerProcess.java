package io.panelist.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged server in a child JVM, as an operator starts it ({@code java [options] -jar panelist.jar}), pointed at
 * one benchmark database, with any further settings as environment variables (an SMTP server for the outbox part).
 * Startup is timed from the process start to the first 200 from {@code /health}.
 */
final class ServerProcess implements AutoCloseable {
    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(2);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();

    private final Process process;
    private final Path log;
    private final String baseUrl;
    private final double startupSeconds;

    private ServerProcess(Process process, Path log, String baseUrl, double startupSeconds) {
        this.process = process;
        this.log = log;
        this.baseUrl = baseUrl;
        this.startupSeconds = startupSeconds;
    }

    static ServerProcess start(Path jar, List<String> jvmOptions, BenchDatabases.Database database, int port,
                               String jwtSecret, Map<String, String> environment, Path log) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.remove("MICRONAUT_ENVIRONMENTS");
        env.remove("PANELIST_DATA_DIR");
        // mail goes where the benchmark says (nowhere unless it names a server), never to one set in this shell
        env.keySet().removeIf(name -> name.startsWith("PANELIST_SMTP_") || name.startsWith("PANELIST_MAIL_")
                || name.startsWith("PANELIST_OUTBOX_"));
        env.putAll(database.environment());
        env.put("PANELIST_JWT_SECRET", jwtSecret);
        env.putAll(environment);
        env.put("MICRONAUT_SERVER_PORT", String.valueOf(port));
        String baseUrl = "http://127.0.0.1:" + port;
        long started = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command, e);
        }
        long deadline = started + STARTUP_LIMIT.toNanos();
        while (!healthy(baseUrl)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("the server did not become healthy; its log: " + log + "\n"
                        + tail(log));
            }
            sleep(20);
        }
        return new ServerProcess(process, log, baseUrl, (System.nanoTime() - started) / 1e9);
    }

    String baseUrl() {
        return baseUrl;
    }

    double startupSeconds() {
        return startupSeconds;
    }

    Path log() {
        return log;
    }

    /** Resident memory now and at its peak, in MB, from /proc (Linux); empty elsewhere. */
    Memory memory() {
        Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
        try {
            long rss = 0;
            long peak = 0;
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    rss = kilobytes(line);
                } else if (line.startsWith("VmHWM:")) {
                    peak = kilobytes(line);
                }
            }
            return new Memory(rss / 1024.0, peak / 1024.0);
        } catch (IOException e) {
            return new Memory(Double.NaN, Double.NaN);
        }
    }

    record Memory(double rssMb, double peakRssMb) {
    }

    /** The CPU time the server's process has used so far (every thread: requests, JIT, GC), in seconds. */
    double cpuSeconds() {
        return process.info().totalCpuDuration().map(cpu -> cpu.toNanos() / 1e9).orElse(Double.NaN);
    }

    /** Stops the server as an operator would (SIGTERM), so that it exits cleanly and writes any class archive. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static boolean healthy(String baseUrl) {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(new URI(baseUrl + "/health"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException | URISyntaxException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static long kilobytes(String statusLine) {
        return Long.parseLong(statusLine.replaceAll("[^0-9]", ""));
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
