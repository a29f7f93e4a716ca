package io.panelist.shared.database;

import io.panelist.support.Answer;
import io.panelist.support.Api;
import io.panelist.support.PanelistJvm;
import io.panelist.support.ServerProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The server as its own JVM on the embedded PostgreSQL, killed with SIGKILL and started again once. */
class RestartAfterKillTest {
    private static final Duration START_BOUND = Duration.ofMinutes(2);
    private static final String ADMIN = "admin@example.com";
    private static final String PASSWORD = "at-least-12-chars";
    private static final List<ServerProcess> SERVERS = new ArrayList<>();

    @TempDir
    static Path folder;

    @Test
    void theFirstStartAfterTheServerWasKilledAnswersWithTheDataWrittenBefore() throws Exception {
        Path data = folder.resolve("postgres");
        Map<String, String> environment = Map.of("PANELIST_DATA_DIR", data.toString(),
                "PANELIST_JWT_SECRET", PanelistJvm.jwtSecret(), "PANELIST_ADMIN_EMAIL", ADMIN,
                "PANELIST_ADMIN_PASSWORD", PASSWORD, "PANELIST_PACKS_BUILTIN", "false");
        ServerProcess killed = start("first", environment);
        Api first = killed.api();
        String admin = first.login(ADMIN, PASSWORD);
        Answer created = first.post("/api/v1/users", admin, Map.of("email", "ana@example.com", "displayName", "Ana",
                "password", PASSWORD, "roles", List.of("INTERVIEWER"), "timeZone", "Europe/Berlin",
                "weeklyInterviewLimit", 6));
        assertThat(created.status()).isEqualTo(201);
        long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());

        killed.kill();
        assertThat(ProcessHandle.of(postmaster).filter(ProcessHandle::isAlive))
                .as("the postmaster outlives the killed server").isPresent();

        Api second = start("second", environment).api();
        assertThat(second.loginAnswer("ana@example.com", PASSWORD).status()).isEqualTo(200);
        assertThat(second.get("/api/v1/users/" + created.json().get("id").asText(), second.login(ADMIN, PASSWORD))
                .json().get("email").asText()).isEqualTo("ana@example.com");
        assertThat(ProcessHandle.of(postmaster).filter(ProcessHandle::isAlive)).isEmpty();
    }

    @AfterAll
    static void stopEverything() {
        SERVERS.forEach(ServerProcess::close);
        if (folder != null) {
            LeftoverPostmaster.stopIfAny(folder.resolve("postgres"));
        }
    }

    /** Starts the server once, and fails unless its /health answers 200 on this first try within the bound. */
    private static ServerProcess start(String name, Map<String, String> environment) {
        ServerProcess server = ServerProcess.start(name, PanelistJvm.freePort(), environment,
                folder.resolve(name + ".log"));
        SERVERS.add(server);
        return server.awaitHealthy(START_BOUND);
    }

}
