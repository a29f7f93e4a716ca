package io.panelist.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The server as its own JVM ({@link PanelistJvm}) on a port of its own, for tests that kill it: started with the
 * environment given, waited for until {@code /health} answers 200 (within a bound), killed with SIGKILL or stopped
 * with SIGTERM. Closing stops it whatever state it is in.
 */
public final class ServerProcess implements AutoCloseable {
    private static final HttpClient HEALTH = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration STOP_BOUND = Duration.ofSeconds(30);
    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private ServerProcess(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /**
     * Starts the server on {@code port} of the loopback interface without waiting for it ({@link #awaitHealthy}); the
     * environment holds what it needs (PANELIST_JWT_SECRET, the database's DATASOURCES_DEFAULT_URL and its user, or a
     * PANELIST_DATA_DIR for the embedded one, ...). Its output is appended to {@code log}.
     */
    public static ServerProcess start(String name, int port, Map<String, String> environment, Path log) {
        Map<String, String> env = new HashMap<>(environment);
        env.put("MICRONAUT_SERVER_HOST", "127.0.0.1");
        env.put("MICRONAUT_SERVER_PORT", Integer.toString(port));
        return new ServerProcess(name, port, log, PanelistJvm.start(List.of(), env, log));
    }

    /** Waits until {@code /health} answers 200; fails with the log's tail if the server exits or the bound passes. */
    public ServerProcess awaitHealthy(Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        while (!healthy()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server " + name + " exited with " + process.exitValue() + ":\n"
                        + PanelistJvm.tail(log));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The server " + name + " did not answer /health 200 within " + bound
                        + ":\n" + PanelistJvm.tail(log));
            }
            pause(Duration.ofMillis(250));
        }
        return this;
    }

    /** Whether {@code /health} answers 200 right now. */
    public boolean healthy() {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri().resolve("/health")).timeout(Duration.ofSeconds(10))
                    .GET().build();
            return HEALTH.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Kills the JVM with SIGKILL, as {@code kill -9} does, and waits until it is gone. */
    public void kill() {
        process.destroyForcibly();
        awaitExit(STOP_BOUND);
    }

    /** Stops the server as an operator does (SIGTERM), killing it if it does not exit within a bound. */
    public void stop() {
        process.destroy();
        if (!awaitExit(STOP_BOUND)) {
            kill();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public Api api() {
        return new Api(uri());
    }

    public int port() {
        return port;
    }

    public String name() {
        return name;
    }

    public Path log() {
        return log;
    }

    private boolean awaitExit(Duration bound) {
        try {
            return process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return false;
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
