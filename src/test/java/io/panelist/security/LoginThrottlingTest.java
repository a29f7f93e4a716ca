package io.panelist.security;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.panelist.identity.Role;
import io.panelist.support.Answer;
import io.panelist.support.Api;
import io.panelist.support.IntegrationTest;
import io.panelist.support.TestUsers;
import io.panelist.web.BrowserSession;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failed sign-ins are limited per account (5 in the window) and per client address (8 here, 20 by default), on both
 * sign-in paths, in PostgreSQL so that every instance counts together; the application clock is moved, not waited on.
 */
class LoginThrottlingTest extends IntegrationTest {
    static final int ADDRESS_LIMIT = 8;
    static final String WRONG = "not-the-password";
    @Inject
    TestUsers users;
    @Inject
    ManualClock clock;

    @Override
    public Map<String, String> getProperties() {
        return properties(super.getProperties());
    }

    static Map<String, String> properties(Map<String, String> base) {
        Map<String, String> properties = new HashMap<>(base);
        properties.put(ManualClock.PROPERTY, "true");
        properties.put("panelist.security.login-throttle.address-limit", Integer.toString(ADDRESS_LIMIT));
        return properties;
    }

    @BeforeEach
    void createPeople() {
        clock.reset();
        users.create("ana@example.com", Role.INTERVIEWER);
        users.create("ben@example.com", Role.INTERVIEWER);
        users.create("cy@example.com", Role.INTERVIEWER);
    }

    @Test
    void fiveFailuresThenEvenTheRightPasswordIsRefusedWithRetryAfter() {
        for (int i = 0; i < 5; i++) {
            assertThat(api.loginAnswer("ana@example.com", WRONG).status()).isEqualTo(401);
        }

        Answer refused = api.loginAnswer("ana@example.com", TestUsers.PASSWORD);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.isProblem()).as(refused.toString()).isTrue();
        assertThat(refused.problemType()).isEqualTo("too-many-sign-in-attempts");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 900L);
        assertThat(refused.json().get("detail").asText()).contains("Try again in 15 minutes");
        assertThat(refused.text()).doesNotContain("access_token");
        // the account is keyed case-insensitively, and an unknown account is counted the same way as a known one
        assertThat(api.loginAnswer(" ANA@example.com", TestUsers.PASSWORD).status()).isEqualTo(429);
        assertThat(count("SELECT count(*) FROM refresh_tokens")).isZero();
        assertThat(count("SELECT count(*) FROM login_attempts WHERE key LIKE '%ana%'"))
                .as("emails are not stored").isZero();
    }

    @Test
    void anotherAccountFromTheSameAddressIsUnaffectedUntilTheAddressLimit() {
        for (int i = 0; i < 5; i++) {
            api.loginAnswer("ana@example.com", WRONG);
        }
        assertThat(api.loginAnswer("ben@example.com", TestUsers.PASSWORD).status()).isEqualTo(200);

        // a client naming other addresses is still counted by its connection's address (no trusted proxy)
        for (int i = 0; i < ADDRESS_LIMIT - 5; i++) {
            Answer failed = api.call("POST", "/login").header("X-Forwarded-For", "203.0.113." + i)
                    .json(Map.of("username", "ben@example.com", "password", WRONG)).send();
            assertThat(failed.status()).isEqualTo(401);
        }

        Answer cy = api.loginAnswer("cy@example.com", TestUsers.PASSWORD);
        assertThat(cy.status()).as("the address has used up its %d failures", ADDRESS_LIMIT).isEqualTo(429);
        assertThat(cy.header("Retry-After")).isNotNull();
        assertThat(api.loginAnswer("ben@example.com", TestUsers.PASSWORD).status()).isEqualTo(429);
    }

    @Test
    void aSuccessResetsTheAccountCounter() {
        for (int i = 0; i < 4; i++) {
            assertThat(api.loginAnswer("ana@example.com", WRONG).status()).isEqualTo(401);
        }
        assertThat(api.loginAnswer("ana@example.com", TestUsers.PASSWORD).status()).isEqualTo(200);

        for (int i = 0; i < 4; i++) {
            assertThat(api.loginAnswer("ana@example.com", WRONG).status()).as("failure " + (i + 5)).isEqualTo(401);
        }
        // the success gave the address its place back: 8 failures fill it, and only then it refuses
        assertThat(count("SELECT failures FROM login_attempts WHERE scope = 'account'")).isEqualTo(4);
        assertThat(count("SELECT failures FROM login_attempts WHERE scope = 'address'")).isEqualTo(ADDRESS_LIMIT);
        assertThat(api.loginAnswer("ben@example.com", TestUsers.PASSWORD).status()).isEqualTo(429);
    }

    @Test
    void theWindowPassingLetsAnAttemptThrough() {
        for (int i = 0; i < 5; i++) {
            api.loginAnswer("ana@example.com", WRONG);
        }
        long retryAfter = Long.parseLong(api.loginAnswer("ana@example.com", TestUsers.PASSWORD).header("Retry-After"));
        assertThat(retryAfter).isEqualTo(900);

        clock.advance(Duration.ofMinutes(10));
        Answer later = api.loginAnswer("ana@example.com", TestUsers.PASSWORD);
        assertThat(later.status()).isEqualTo(429);
        assertThat(Long.parseLong(later.header("Retry-After"))).isEqualTo(300);

        clock.advance(Duration.ofSeconds(300));
        assertThat(api.loginAnswer("ana@example.com", TestUsers.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void theSignInPageIsThrottledTooAndCountsWithTheApi() {
        for (int i = 0; i < 3; i++) {
            api.loginAnswer("ana@example.com", WRONG);
        }
        BrowserSession browser = new BrowserSession(server.getURI());
        for (int i = 0; i < 2; i++) {
            assertThat(browser.signIn("ana@example.com", WRONG).status()).isEqualTo(401);
        }

        Answer refused = browser.signIn("ana@example.com", TestUsers.PASSWORD);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("text/html");
        assertThat(refused.text()).contains("Too many failed sign-in attempts. Try again in 15 minutes.");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 900L);
        assertThat(browser.cookie("panelist_access")).isNull();
        assertThat(api.loginAnswer("ana@example.com", TestUsers.PASSWORD).status()).isEqualTo(429);
    }

    @Test
    void concurrentFailuresAreCountedExactly() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Answer>> attempts = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                attempts.add(pool.submit(() -> api.loginAnswer("ana@example.com", WRONG)));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Answer> attempt : attempts) {
                statuses.add(attempt.get().status());
            }
            assertThat(statuses).filteredOn(status -> status == 401).hasSize(5);
            assertThat(statuses).filteredOn(status -> status == 429).hasSize(7);
        } finally {
            pool.shutdown();
        }
        assertThat(count("SELECT failures FROM login_attempts WHERE scope = 'account'")).isEqualTo(5);
    }

    @Test
    void aSecondInstanceOnTheSameDatabaseCountsTowardTheSameLimit() {
        try (EmbeddedServer other = ApplicationContext.run(EmbeddedServer.class,
                new HashMap<>(properties(io.panelist.support.TestDatabase.properties())), "test")) {
            Api instanceB = new Api(other.getURI());
            for (int i = 0; i < 3; i++) {
                assertThat(api.loginAnswer("ana@example.com", WRONG).status()).isEqualTo(401);
            }
            for (int i = 0; i < 2; i++) {
                assertThat(instanceB.loginAnswer("ana@example.com", WRONG).status()).isEqualTo(401);
            }

            assertThat(api.loginAnswer("ana@example.com", TestUsers.PASSWORD).status()).isEqualTo(429);
            assertThat(instanceB.loginAnswer("ana@example.com", TestUsers.PASSWORD).status()).isEqualTo(429);
            assertThat(instanceB.loginAnswer("ben@example.com", TestUsers.PASSWORD).status()).isEqualTo(200);
        }
    }

    @Test
    void behindATrustedProxyTheAddressIsTheOneTheProxyAppended() {
        Map<String, Object> trusting = new HashMap<>(properties(io.panelist.support.TestDatabase.properties()));
        trusting.put("panelist.security.trusted-proxy", "true");
        try (EmbeddedServer proxied = ApplicationContext.run(EmbeddedServer.class, trusting, "test")) {
            Api behindProxy = new Api(proxied.getURI());
            for (int i = 0; i < ADDRESS_LIMIT; i++) {
                // the client claims a new address each time; the proxy appends the one it saw
                Answer failed = behindProxy.call("POST", "/login")
                        .header("X-Forwarded-For", "10.9.8." + i + ", 198.51.100.7")
                        .json(Map.of("username", "user" + i + "@example.com", "password", WRONG)).send();
                assertThat(failed.status()).isEqualTo(401);
            }

            assertThat(loginVia(behindProxy, "198.51.100.7").status()).isEqualTo(429);
            assertThat(loginVia(behindProxy, "198.51.100.8").status()).as("another client of the proxy")
                    .isEqualTo(200);
        }
    }

    private static Answer loginVia(Api target, String forwardedFor) {
        return target.call("POST", "/login").header("X-Forwarded-For", forwardedFor)
                .json(Map.of("username", "ana@example.com", "password", TestUsers.PASSWORD)).send();
    }
}
