package io.panelist.identity.signin;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.panelist.identity.session.SessionService;
import io.panelist.shared.Jdbc;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Failed sign-ins per account and per client address, in PostgreSQL so that every instance sees the same counts.
 * An attempt first takes a place in both windows in one transaction (an INSERT ... ON CONFLICT UPDATE each, which
 * only counts while the window is below its limit), so concurrent attempts can never verify more passwords than
 * the limit allows; a success then gives its place back: the account starts over, the address gets its place back.
 * A window opens with the first failure and lasts {@code window}; when it has passed, the next attempt opens a new
 * one.
 */
@Singleton
class LoginThrottle {
    static final String ACCOUNT = "account";
    static final String ADDRESS = "address";
    private static final String TAKE_PLACE = """
            INSERT INTO login_attempts AS a (scope, key, window_start, failures) VALUES (?, ?, ?, 1)
            ON CONFLICT (scope, key) DO UPDATE SET
                window_start = CASE WHEN a.window_start <= ? THEN EXCLUDED.window_start ELSE a.window_start END,
                failures = CASE WHEN a.window_start <= ? THEN 1 ELSE a.failures + 1 END
             WHERE a.window_start <= ? OR a.failures < ?
            RETURNING window_start
            """;
    private final Jdbc jdbc;
    private final Clock clock;
    private final int accountLimit;
    private final int addressLimit;
    private final Duration window;

    LoginThrottle(Jdbc jdbc, Clock clock,
                  @Value("${panelist.security.login-throttle.account-limit:5}") int accountLimit,
                  @Value("${panelist.security.login-throttle.address-limit:20}") int addressLimit,
                  @Value("${panelist.security.login-throttle.window:15m}") Duration window) {
        if (accountLimit < 1 || addressLimit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalStateException("panelist.security.login-throttle needs limits of at least 1 and a "
                    + "positive window");
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.accountLimit = accountLimit;
        this.addressLimit = addressLimit;
        this.window = window;
    }

    /**
     * Takes a place for one attempt in the account's and the address's windows, in one transaction.
     *
     * @throws SignInThrottledException when either window is full; the transaction rolls back, nothing is counted
     */
    @Transactional
    Attempt begin(String email, @Nullable String address) {
        Instant now = clock.instant();
        String account = SessionService.hash(email.trim().toLowerCase(Locale.ROOT));
        Optional<Instant> accountWindow = take(ACCOUNT, account, accountLimit, now);
        Optional<Instant> addressWindow = address == null ? Optional.of(now)
                : take(ADDRESS, address, addressLimit, now);
        long retryAfter = 0;
        if (accountWindow.isEmpty()) {
            retryAfter = retryAfter(ACCOUNT, account, now);
        }
        if (addressWindow.isEmpty()) {
            retryAfter = Math.max(retryAfter, retryAfter(ADDRESS, address, now));
        }
        if (retryAfter > 0) {
            throw new SignInThrottledException(retryAfter);
        }
        return new Attempt(account, address, addressWindow.get());
    }

    /** The attempt succeeded: the account starts over and the address gets its place back. */
    @Transactional
    void succeeded(Attempt attempt) {
        jdbc.update("reset the sign-in attempts", "DELETE FROM login_attempts WHERE scope = 'account' AND key = ?",
                List.of(attempt.account()));
        if (attempt.address() != null) {
            jdbc.update("reset the sign-in attempts", """
                    UPDATE login_attempts SET failures = failures - 1
                     WHERE scope = 'address' AND key = ? AND window_start = ? AND failures > 0
                    """, List.of(attempt.address(), Timestamp.from(attempt.addressWindow())));
        }
    }

    private Optional<Instant> take(String scope, String key, int limit, Instant now) {
        Timestamp expiredBefore = Timestamp.from(now.minus(window));
        return jdbc.query("count the sign-in attempt", TAKE_PLACE,
                List.of(scope, key, Timestamp.from(now), expiredBefore, expiredBefore, expiredBefore, limit),
                rows -> rows.next() ? Optional.of(rows.getTimestamp(1).toInstant()) : Optional.empty());
    }

    /** Seconds until the full window of this row has passed, at least one. */
    private long retryAfter(String scope, String key, Instant now) {
        return jdbc.query("count the sign-in attempt",
                "SELECT window_start FROM login_attempts WHERE scope = ? AND key = ?", List.of(scope, key), rows -> {
                    if (!rows.next()) {
                        return 1L;
                    }
                    long millis = Duration.between(now, rows.getTimestamp(1).toInstant().plus(window)).toMillis();
                    return Math.max(1, (millis + 999) / 1000);
                });
    }

    /** The places one attempt took. */
    record Attempt(String account, @Nullable String address, Instant addressWindow) {
    }
}
