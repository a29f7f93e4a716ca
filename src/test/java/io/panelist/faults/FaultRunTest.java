package io.panelist.faults;

import io.panelist.support.PanelistJvm;
import io.panelist.support.RestartablePostgres;
import io.panelist.support.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two server instances on one PostgreSQL under a write load from several clients (autosaves, bookings, submissions,
 * decisions), loopback only. Mid-load one instance is killed with SIGKILL and started again, then PostgreSQL is
 * stopped as a crash would stop it and started again. Afterwards, straight from the database: every write answered
 * 2xx is there as it was acknowledged, every audit event of the run matches a write, no scorecard is half-written, and
 * both instances serve reads and writes without a restart of their own. Refusals during the faults are expected and
 * counted, never asserted away.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class FaultRunTest {
    private static final int APPLICATIONS = 300;
    private static final Duration LOAD = Duration.ofSeconds(40);
    private static final Duration KILL_AT = Duration.ofSeconds(10);
    private static final Duration RESTART_AT = Duration.ofSeconds(18);
    private static final Duration DATABASE_RESTART_AT = Duration.ofSeconds(26);
    /** Load that keeps going once both instances are healthy again after the database restart. */
    private static final Duration LOAD_AFTER_RECOVERY = Duration.ofSeconds(8);
    private static final Duration START_BOUND = Duration.ofMinutes(3);

    /** Kept when the test fails: the servers' logs, the seed's and PostgreSQL's. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path folder;

    private final List<ServerProcess> servers = new ArrayList<>();

    @Test
    void everyAcknowledgedWriteSurvivesAKilledInstanceAndACrashedDatabase() throws Exception {
        System.out.println("Fault run in " + folder + " (the logs stay there if the test fails)");
        try (RestartablePostgres postgres = RestartablePostgres.start(folder.resolve("postgres"))) {
            assertDurable(postgres);
            Map<String, String> env = new HashMap<>(postgres.serverEnvironment());
            env.put("PANELIST_PACKS_BUILTIN", "false");
            PanelistJvm.run(List.of("seed", "--applications", Integer.toString(APPLICATIONS)), env,
                    folder.resolve("seed.log"), START_BOUND);
            env.put("PANELIST_JWT_SECRET", PanelistJvm.jwtSecret());
            servers.add(start("a", PanelistJvm.freePort(), env));
            servers.add(start("b", PanelistJvm.freePort(), env));
            servers.forEach(server -> server.awaitHealthy(START_BOUND));
            run(postgres, env);
        } finally {
            servers.forEach(ServerProcess::close);
        }
    }

    private void run(RestartablePostgres postgres, Map<String, String> env) throws Exception {
        FaultRunTargets targets;
        Instant runStart;
        try (Connection db = postgres.connect()) {
            targets = FaultRunTargets.read(db, servers.get(0).api());
            runStart = databaseNow(db);
        }
        Ledger ledger = new Ledger();
        LoadHttp http = new LoadHttp(servers.stream().map(ServerProcess::uri).toList(), ledger);
        AtomicBoolean running = new AtomicBoolean(true);
        List<AutosaveClient> autosaves = IntStream.range(0, targets.autosavers().size()).mapToObj(i -> new AutosaveClient(
                "autosave-" + i, http, ledger, running, targets.autosavers().get(i))).toList();
        List<LoadClient> clients = new ArrayList<>(autosaves);
        for (int i = 0; i < targets.bookings().size(); i++) {
            clients.add(new BookingClient("booking-" + i, http, ledger, running, targets.recruiterToken(),
                    targets.bookings().get(i)));
        }
        for (int i = 0; i < targets.submitters().size(); i++) {
            clients.add(new SubmissionClient("submission-" + i, http, ledger, running, targets.recruiterToken(),
                    targets.submissionRounds().get(i), targets.submitters().get(i)));
        }
        clients.add(new DecisionClient("decision", http, ledger, running, targets.managerToken(),
                targets.decisions()));
        List<Thread> threads = clients.stream().map(client -> new Thread(client, "fault-run-" + client.name)).toList();
        long start = System.nanoTime();
        threads.forEach(Thread::start);
        FaultWindows faults = new FaultWindows(start);
        long recovered;
        try {
            recovered = injectFaults(postgres, env, faults, start);
            sleepUntil(Math.max(start + LOAD.toNanos(), recovered + LOAD_AFTER_RECOVERY.toNanos()));
        } finally {
            running.set(false);
            for (Thread thread : threads) {
                thread.join(Duration.ofSeconds(90).toMillis());
            }
        }
        double loadSeconds = faults.seconds(System.nanoTime());
        assertThat(threads).noneMatch(Thread::isAlive);
        assertBothServe(targets, http, ledger, autosaves, recovered);
        verify(postgres, targets, ledger, faults, runStart, loadSeconds, clients.size());
    }

    /** Kills instance a, starts it again, crashes the database once a is back; answers when both serve again. */
    private long injectFaults(RestartablePostgres postgres, Map<String, String> env, FaultWindows faults, long start) {
        sleepUntil(start + KILL_AT.toNanos());
        long killed = System.nanoTime();
        ServerProcess a = servers.get(0);
        a.kill();
        sleepUntil(start + RESTART_AT.toNanos());
        ServerProcess restarted = start("a", a.port(), env);
        servers.set(0, restarted);  // closed with the others whatever happens next
        restarted.awaitHealthy(START_BOUND);
        faults.add("instance a killed (SIGKILL), started again, healthy", killed, System.nanoTime());
        // the database goes down only once a is back: each fault on its own, as the run's counts report them
        sleepUntil(start + DATABASE_RESTART_AT.toNanos());
        long crashed = System.nanoTime();
        postgres.crashAndRestart();
        long deadline = System.nanoTime() + START_BOUND.toNanos();
        while (!servers.stream().allMatch(ServerProcess::healthy)) {
            assertThat(System.nanoTime()).as("both instances healthy again after the database restart")
                    .isLessThan(deadline);
            sleepUntil(System.nanoTime() + Duration.ofMillis(250).toNanos());
        }
        long recovered = System.nanoTime();
        faults.add("PostgreSQL stopped (immediate), started, both instances healthy", crashed, recovered);
        return recovered;
    }

    /** Each instance, still the process it was before the database restart, answers health, a read and a write. */
    private void assertBothServe(FaultRunTargets targets, LoadHttp http, Ledger ledger, List<AutosaveClient> autosaves,
                                 long recovered) {
        for (int instance = 0; instance < servers.size(); instance++) {
            ServerProcess server = servers.get(instance);
            assertThat(server.isAlive()).as(server.name() + " still runs").isTrue();
            assertThat(server.healthy()).as(server.name() + " /health").isTrue();
            assertThat(http.send(instance, "read", false, "GET", "/api/v1/me", targets.managerToken(), null, null)
                    .status()).as(server.name() + " answers an authenticated read").isEqualTo(200);
            AutosaveClient probe = autosaves.get(instance);
            probe.pin(instance);
            boolean saved = false;
            for (int step = 0; step < 4 && !saved; step++) {
                probe.step();
                saved = probe.lastSaveAcknowledged();
            }
            assertThat(saved).as(server.name() + " acknowledges an autosave").isTrue();
            int index = instance;
            assertThat(ledger.requests.stream().filter(r -> r.instance() == index && r.write() && !r.refused()
                    && r.startedNanos() > recovered).count())
                    .as(server.name() + " acknowledged writes under load after the database restart").isPositive();
        }
    }

    private void verify(RestartablePostgres postgres, FaultRunTargets targets, Ledger ledger, FaultWindows faults,
                        Instant runStart, double loadSeconds, int clients) throws SQLException {
        try (Connection db = postgres.connect()) {
            assertDurable(postgres);
            StoredState stored = StoredState.read(db, runStart);
            WriteChecks writes = WriteChecks.check(ledger, stored);
            System.out.println(FaultRunReport.of(ledger, faults, writes, loadSeconds, clients));
            assertThat(ledger.clientErrors).as("what the clients could not make sense of").isEmpty();
            assertThat(writes.counts()).as("every kind of write acknowledged")
                    .allMatch(count -> count.acknowledged() > 0);
            assertThat(ledger.requests).as("requests refused while the faults lasted")
                    .anyMatch(request -> request.refused() && faults.during(request));
            assertThat(FaultRunReport.shortened(writes.problems())).as("acknowledged writes, and whole scorecards")
                    .isEmpty();
            assertThat(writes.found()).as("writes found").isEqualTo(writes.acknowledged());
            Set<UUID> autosaveInterviews = targets.autosavers().stream()
                    .map(FaultRunTargets.Panelist::interviewId).collect(Collectors.toSet());
            assertThat(FaultRunReport.shortened(AuditChecks.check(ledger, stored, autosaveInterviews)))
                    .as("audit events of the run").isEmpty();
            assertThat(Invariants.violations(db, targets.decisions())).isEmpty();
        }
    }

    private ServerProcess start(String name, int port, Map<String, String> env) {
        return ServerProcess.start(name, port, env, folder.resolve("server-" + name + ".log"));
    }

    private static void assertDurable(RestartablePostgres postgres) throws SQLException {
        try (Connection db = postgres.connect(); Statement statement = db.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT current_setting('fsync'), current_setting('synchronous_commit'),"
                             + " current_setting('full_page_writes')")) {
            rs.next();
            assertThat(List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                    .as("fsync, synchronous_commit, full_page_writes").containsExactly("on", "on", "on");
        }
    }

    private static Instant databaseNow(Connection db) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery("SELECT now()")) {
            rs.next();
            return rs.getObject(1, OffsetDateTime.class).toInstant();
        }
    }

    private static void sleepUntil(long nanos) {
        long wait = nanos - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }
}
