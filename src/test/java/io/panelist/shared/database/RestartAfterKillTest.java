package io.panelist.shared.database;

import io.panelist.Application;
import io.panelist.support.Answer;
import io.panelist.support.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** The server as its own JVM on the embedded PostgreSQL, killed with SIGKILL and started again once. */
class RestartAfterKillTest {
    private static final Duration START_BOUND = Duration.ofMinutes(2);
    private static final String ADMIN = "admin@example.com";
    private static final String PASSWORD = "at-least-12-chars";
    private static final String JWT_SECRET = randomSecret();
    private static final List<Process> SERVERS = new ArrayList<>();

    @TempDir
    static Path folder;

    @Test
    void theFirstStartAfterTheServerWasKilledAnswersWithTheDataWrittenBefore() throws Exception {
        Path data = folder.resolve("postgres");
        Api first = startServer(data, "first");
        String admin = first.login(ADMIN, PASSWORD);
        Answer created = first.post("/api/v1/users", admin, Map.of("email", "ana@example.com", "displayName", "Ana",
                "password", PASSWORD, "roles", List.of("INTERVIEWER"), "timeZone", "Europe/Berlin",
                "weeklyInterviewLimit", 6));
        assertThat(created.status()).isEqualTo(201);
        long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());

        SERVERS.get(0).destroyForcibly().waitFor();
        assertThat(ProcessHandle.of(postmaster).filter(ProcessHandle::isAlive))
                .as("the postmaster outlives the killed server").isPresent();

        Api second = startServer(data, "second");
        assertThat(second.loginAnswer("ana@example.com", PASSWORD).status()).isEqualTo(200);
        assertThat(second.get("/api/v1/users/" + created.json().get("id").asText(), second.login(ADMIN, PASSWORD))
                .json().get("email").asText()).isEqualTo("ana@example.com");
        assertThat(ProcessHandle.of(postmaster).filter(ProcessHandle::isAlive)).isEmpty();
    }

    @AfterAll
    static void stopEverything() throws InterruptedException {
        for (Process server : SERVERS) {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        }
        if (folder != null) {
            LeftoverPostmaster.stopIfAny(folder.resolve("postgres"));
        }
    }

    /** Starts the server once and waits until its /health answers 200; a server that exits fails the test. */
    private static Api startServer(Path data, String name) throws IOException, InterruptedException {
        int port = freePort();
        Path log = folder.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", applicationClassPath(), Application.class.getName())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("DATASOURCES_") || key.startsWith("MICRONAUT_"));
        env.put("PANELIST_DATA_DIR", data.toString());
        env.put("MICRONAUT_SERVER_PORT", Integer.toString(port));
        env.put("PANELIST_JWT_SECRET", JWT_SECRET);
        env.put("PANELIST_ADMIN_EMAIL", ADMIN);
        env.put("PANELIST_ADMIN_PASSWORD", PASSWORD);
        env.put("PANELIST_PACKS_BUILTIN", "false");
        Process server = builder.start();
        SERVERS.add(server);
        Api api = new Api(URI.create("http://localhost:" + port));
        long deadline = System.nanoTime() + START_BOUND.toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                fail("The " + name + " server exited with " + server.exitValue() + ":\n" + Files.readString(log));
            }
            if (healthy(api)) {
                return api;
            }
            Thread.sleep(250);
        }
        return fail("The " + name + " server did not answer /health 200 within " + START_BOUND + ":\n"
                + Files.readString(log));
    }

    private static boolean healthy(Api api) {
        try {
            return api.get("/health", null).status() == 200;
        } catch (IllegalStateException notListeningYet) {
            return false;
        }
    }

    /** The test JVM's class path without the test classes: the server as it ships. */
    private static String applicationClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String randomSecret() {
        byte[] secret = new byte[48];
        new SecureRandom().nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
