package io.panelist.support;

import io.panelist.Application;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * {@code io.panelist.Application} in a JVM of its own, as it ships: the java of this JVM, this JVM's class path without
 * the test classes, and only the environment given (settings of the shell that runs the tests, such as a
 * {@code DATASOURCES_DEFAULT_URL}, never leak in). Every process started here is killed when this JVM exits, should
 * a test not get to stop it.
 */
public final class PanelistJvm {
    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Process::destroyForcibly),
                "panelist-jvm-cleanup"));
    }

    private PanelistJvm() {
    }

    /** Starts {@code Application} with the arguments and environment, its output going to the log file. */
    public static Process start(List<String> args, Map<String, String> environment, Path log) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // the C1 compiler only: a server of a short test run starts sooner and costs less CPU to warm up
                "-XX:TieredStopAtLevel=1", "-cp", applicationClassPath(), Application.class.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("DATASOURCES_") || key.startsWith("MICRONAUT_")
                || key.startsWith("PANELIST_"));
        env.putAll(environment);
        try {
            Process process = builder.start();
            LIVE.add(process);
            process.onExit().thenRun(() -> LIVE.remove(process));
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command, e);
        }
    }

    /** Runs a command of {@code Application} (such as {@code seed}) to its end; fails unless it exits with 0. */
    public static void run(List<String> args, Map<String, String> environment, Path log, Duration bound) {
        Process process = start(args, environment, log);
        try {
            if (!process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                throw new IllegalStateException(args + " did not finish within " + bound + ":\n" + tail(log));
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + args, e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(args + " exited with " + process.exitValue() + ":\n" + tail(log));
        }
    }

    /** The last lines of a log, for a failure message. */
    public static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    /** A random PANELIST_JWT_SECRET of 48 bytes, as README tells operators to make one. */
    public static String jwtSecret() {
        byte[] secret = new byte[48];
        new java.security.SecureRandom().nextBytes(secret);
        return java.util.Base64.getEncoder().encodeToString(secret);
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The test JVM's class path without the test classes and resources: the server as it ships. */
    private static String applicationClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
