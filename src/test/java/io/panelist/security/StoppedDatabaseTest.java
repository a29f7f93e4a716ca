package io.panelist.security;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.panelist.identity.Role;
import io.panelist.support.Answer;
import io.panelist.support.Api;
import io.panelist.support.TestUsers;
import io.panelist.web.BrowserSession;
import io.panelist.web.session.SessionCookies;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DESIGN.md: while the database is down, an API answer (503 problem+json) comes within 2 s, and pages get an HTML
 * error page as fast; once it is back, the same process serves again. A PostgreSQL of this class's own (its own data
 * directory and port) is stopped and started again under a server that runs with the shipped pool settings: a stopped
 * server refuses connections, so every wait is the pool's and the per-request check of who may act.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoppedDatabaseTest {
    static final Duration FAST = Duration.ofSeconds(2);
    static final String RECRUITER = "recruiter@example.com";
    static final int AT_ONCE = 8;
    Path dataDirectory;
    int port;
    EmbeddedPostgres postgres;
    boolean running;
    EmbeddedServer server;
    Api api;
    String recruiter;
    BrowserSession browser;

    @BeforeAll
    void startPostgresAndAServerOnIt() throws IOException {
        dataDirectory = Files.createTempDirectory("panelist-stopped-db-");
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        startPostgres();
        server = ApplicationContext.run(EmbeddedServer.class, Map.of("datasources.default.url", jdbcUrl(),
                "datasources.default.username", "postgres", "datasources.default.password", "",
                "micronaut.server.port", -1), "test");
        server.getApplicationContext().getBean(TestUsers.class).create(RECRUITER, Role.RECRUITER);
        api = new Api(server.getURI());
        recruiter = api.login(RECRUITER, TestUsers.PASSWORD);
        browser = new BrowserSession(server.getURI());
        assertThat(browser.signIn(RECRUITER, TestUsers.PASSWORD).status()).isEqualTo(303);
    }

    /** A test that failed while PostgreSQL was stopped leaves it running for the next. */
    @AfterEach
    void postgresRunsAgain() throws IOException {
        if (!running) {
            startPostgres();
        }
    }

    @AfterAll
    void stopEverything() throws IOException {
        if (server != null) {
            server.getApplicationContext().close();
        }
        if (running) {
            stopPostgres();
        }
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void whileItIsStoppedTheApiAnswers503AndPagesAnErrorPageWithinTwoSecondsThenServeAgain() throws Exception {
        assertThat(api.get("/api/v1/candidates", recruiter).status()).isEqualTo(200);
        assertThat(browser.page("/").status()).isEqualTo(200);
        BrowserSession lapsed = new BrowserSession(server.getURI());
        lapsed.signIn(RECRUITER, TestUsers.PASSWORD);
        lapsed.forget(SessionCookies.ACCESS);

        stopPostgres();

        assertUnavailableApi(timed(() -> api.get("/api/v1/candidates", recruiter)));
        assertUnavailableApi(timed(() -> api.post("/api/v1/candidates", recruiter,
                Map.of("name", "Dora Down", "email", "dora.down@example.org"))));
        assertUnavailableApi(timed(() -> api.loginAnswer(RECRUITER, TestUsers.PASSWORD)));
        assertUnavailablePage(timed(() -> browser.page("/")));
        assertUnavailablePage(timed(() -> browser.page("/candidates")));
        assertUnavailablePage(timed(() -> browser.send("GET", "/candidates?q=dora", null, null,
                Map.of("HX-Request", "true", "Accept", "text/html"))));
        assertUnavailablePage(timed(() -> lapsed.page("/session/renew?next=%2Fcandidates")));
        BrowserSession signingIn = new BrowserSession(server.getURI());
        String form = BrowserSession.formToken(signingIn.page("/signin").text());
        assertUnavailablePage(timed(() -> signingIn.postForm("/signin", Map.of("email", RECRUITER,
                "password", TestUsers.PASSWORD, "next", "/", "csrfToken", form))));

        startPostgres();

        assertThat(onceServedAgain(() -> api.get("/api/v1/candidates", recruiter)).status()).isEqualTo(200);
        Answer created = api.post("/api/v1/candidates", recruiter, Map.of("name", "Dora Back",
                "email", "dora.back@example.org"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(browser.page("/candidates").text()).contains("Dora Back").doesNotContain("Dora Down");
        assertThat(api.loginAnswer(RECRUITER, TestUsers.PASSWORD).status()).isEqualTo(200);
        assertThat(count("SELECT count(*) FROM candidates WHERE name = 'Dora Down'")).isZero();
    }

    /** The per-request check of who may act is one read that requests share: they must not wait one after another. */
    @Test
    void requestsThatArriveTogetherEachAnswerWithinTwoSeconds() throws Exception {
        assertThat(api.get("/api/v1/me", recruiter).status()).isEqualTo(200);

        stopPostgres();

        List<Callable<Timed>> calls = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            calls.add(i % 4 == 3 ? () -> timed(() -> browser.page("/")) : () -> timed(() -> api.get("/api/v1/me", recruiter)));
        }
        ExecutorService callers = Executors.newFixedThreadPool(AT_ONCE);
        try {
            for (Future<Timed> answer : callers.invokeAll(calls, 60, TimeUnit.SECONDS)) {
                Timed timed = answer.get();
                if (timed.answer().contentType().startsWith("text/html")) {
                    assertUnavailablePage(timed);
                } else {
                    assertUnavailableApi(timed);
                }
            }
        } finally {
            callers.shutdownNow();
        }

        startPostgres();

        assertThat(onceServedAgain(() -> api.get("/api/v1/me", recruiter)).status()).isEqualTo(200);
        assertThat(browser.page("/").status()).isEqualTo(200);
    }

    /**
     * The database goes away while a page request waits in its controller (on a lock the test holds): the error page
     * must not ask the database again (who is signed in, for its header), which would only fail again, slowly.
     */
    @Test
    void aPageWhoseDatabaseGoesAwayWhileItIsAnsweredGetsTheErrorPageAtOnce() throws Exception {
        assertThat(browser.page("/candidates").status()).isEqualTo(200);
        Connection locker = DriverManager.getConnection(jdbcUrl(), "postgres", "");
        CompletableFuture<Answer> page;
        long stoppedAt;
        try {
            locker.setAutoCommit(false);
            locker.createStatement().execute("LOCK TABLE candidates IN ACCESS EXCLUSIVE MODE");
            page = CompletableFuture.supplyAsync(() -> browser.page("/candidates"));
            awaitAWaitForTheLock(locker);
            stoppedAt = System.nanoTime();
            stopPostgres();
        } finally {
            closeQuietly(locker);
        }
        Answer answer = page.get(30, TimeUnit.SECONDS);
        assertUnavailablePage(new Timed(answer, Duration.ofNanos(System.nanoTime() - stoppedAt)));

        startPostgres();

        assertThat(onceServedAgain(() -> browser.page("/candidates")).status()).isEqualTo(200);
    }

    private static void awaitAWaitForTheLock(Connection locker) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try (Statement statement = locker.createStatement(); ResultSet rows = statement.executeQuery(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")) {
                rows.next();
                if (rows.getLong(1) > 0) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the page never waited for the candidates table");
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the server ended it when it stopped
        }
    }

    private static void assertUnavailableApi(Timed timed) {
        Answer answer = timed.answer();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
        assertThat(answer.isProblem()).as(answer.toString()).isTrue();
        assertThat(answer.problemType()).isEqualTo("service-unavailable");
        assertThat(answer.text()).doesNotContain("Exception", "org.postgresql", "Hikari", "SQL");
        assertThat(timed.took()).as("answered in " + timed.took().toMillis() + " ms").isLessThan(FAST);
    }

    private static void assertUnavailablePage(Timed timed) {
        Answer answer = timed.answer();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
        assertThat(answer.contentType()).as(answer.toString()).startsWith("text/html");
        assertThat(answer.text()).contains("Panelist cannot reach its database right now")
                .doesNotContain("Exception", "org.postgresql", "Hikari");
        assertThat(timed.took()).as("answered in " + timed.took().toMillis() + " ms").isLessThan(FAST);
    }

    /** The pool reconnects by itself, within its back-off of a few seconds; no restart of the server. */
    private static Answer onceServedAgain(Supplier<Answer> call) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Answer answer = call.get();
        while (answer.status() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            answer = call.get();
        }
        return answer;
    }

    private static Timed timed(Supplier<Answer> call) {
        long start = System.nanoTime();
        Answer answer = call.get();
        return new Timed(answer, Duration.ofNanos(System.nanoTime() - start));
    }

    private record Timed(Answer answer, Duration took) {
    }

    /** On the same data directory and port each time, so that the server's pool finds it where it was. */
    private void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                .setPort(port).start();
        running = true;
    }

    /** pg_ctl stop (fast): the server ends its connections and stops listening; the data directory stays. */
    private void stopPostgres() throws IOException {
        running = false;
        postgres.close();
    }

    private String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), "postgres", "");
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
