package io.panelist.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs wrk (Debian's package) with the scripts under {@code src/main/resources/bench}: one thread and one connection
 * per simulated user, so each user works on its own line of input.
 */
final class Wrk {
    static final String[] SCRIPTS = {"common.lua", "get.lua", "public.lua", "autosave.lua", "booking.lua"};
    private static final long SETTLE_MILLIS = 6_000;

    private final Path luaDirectory;
    private final Path workDirectory;
    private final String baseUrl;

    private Wrk(Path luaDirectory, Path workDirectory, String baseUrl) {
        this.luaDirectory = luaDirectory;
        this.workDirectory = workDirectory;
        this.baseUrl = baseUrl;
    }

    /** Copies the scripts out of the jar into {@code workDirectory/lua}. */
    static Wrk prepare(Path workDirectory, String baseUrl) {
        try {
            Path lua = Files.createDirectories(workDirectory.resolve("lua"));
            for (String script : SCRIPTS) {
                try (InputStream in = Wrk.class.getResourceAsStream("/bench/" + script)) {
                    if (in == null) {
                        throw new IllegalStateException("the jar lacks /bench/" + script);
                    }
                    Files.write(lua.resolve(script), in.readAllBytes());
                }
            }
            return new Wrk(lua.toAbsolutePath(), workDirectory, baseUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a wrk binary answers on the PATH. */
    static boolean available() {
        try {
            Process process = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            process.waitFor(10, TimeUnit.SECONDS);
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Lets requests still queued when wrk stops (32 rankings take seconds) finish before the next run starts, so that
     * one scenario's backlog is never measured as the next one's latency.
     */
    static void settle() {
        try {
            Thread.sleep(SETTLE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    LoadResult run(LoadScenario scenario, int users, int seconds, List<Path> inputs) {
        String name = scenario.label() + "-" + users;
        Path result = workDirectory.resolve("wrk").resolve(name + ".result");
        Path output = workDirectory.resolve("wrk").resolve(name + ".txt");
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + users, "-c" + users, "-d" + seconds + "s",
                "--timeout", "10s", "--latency", "-s", luaDirectory.resolve(scenario.script()).toString(), baseUrl, "--"));
        inputs.forEach(input -> command.add(input.toAbsolutePath().toString()));
        try {
            Files.createDirectories(result.getParent());
            Files.deleteIfExists(result);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().put("PANELIST_BENCH_RESULT", result.toAbsolutePath().toString());
            builder.environment().put("PANELIST_BENCH_LUA", luaDirectory.toString());
            Process process = builder.start();
            if (!process.waitFor(seconds + 60L, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("wrk did not finish " + name + "; see " + output);
            }
            if (process.exitValue() != 0 || !Files.exists(result)) {
                throw new IllegalStateException("wrk failed on " + name + " (exit " + process.exitValue() + "): "
                        + Files.readString(output).strip());
            }
            return LoadResult.parse(scenario, users, Files.readAllLines(result));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running wrk", e);
        }
    }
}
