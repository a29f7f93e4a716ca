package io.panelist.identity.signin;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.panelist.identity.session.SessionService;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

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
    private final DataSource dataSource;
    private final Clock clock;
    private final int accountLimit;
    private final int addressLimit;
    private final Duration window;

    LoginThrottle(DataSource dataSource, Clock clock,
                  @Value("${panelist.security.login-throttle.account-limit:5}") int accountLimit,
                  @Value("${panelist.security.login-throttle.address-limit:20}") int addressLimit,
                  @Value("${panelist.security.login-throttle.window:15m}") Duration window) {
        if (accountLimit < 1 || addressLimit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalStateException("panelist.security.login-throttle needs limits of at least 1 and a "
                    + "positive window");
        }
        this.dataSource = dataSource;
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
        try {
            Connection connection = dataSource.getConnection();
            Optional<Instant> accountWindow = take(connection, ACCOUNT, account, accountLimit, now);
            Optional<Instant> addressWindow = address == null ? Optional.of(now)
                    : take(connection, ADDRESS, address, addressLimit, now);
            long retryAfter = 0;
            if (accountWindow.isEmpty()) {
                retryAfter = retryAfter(connection, ACCOUNT, account, now);
            }
            if (addressWindow.isEmpty()) {
                retryAfter = Math.max(retryAfter, retryAfter(connection, ADDRESS, address, now));
            }
            if (retryAfter > 0) {
                throw new SignInThrottledException(retryAfter);
            }
            return new Attempt(account, address, addressWindow.get());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the sign-in attempt", e);
        }
    }

    /** The attempt succeeded: the account starts over and the address gets its place back. */
    @Transactional
    void succeeded(Attempt attempt) {
        try {
            Connection connection = dataSource.getConnection();
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM login_attempts WHERE scope = 'account' AND key = ?")) {
                delete.setString(1, attempt.account());
                delete.executeUpdate();
            }
            if (attempt.address() != null) {
                try (PreparedStatement giveBack = connection.prepareStatement("""
                        UPDATE login_attempts SET failures = failures - 1
                         WHERE scope = 'address' AND key = ? AND window_start = ? AND failures > 0
                        """)) {
                    giveBack.setString(1, attempt.address());
                    giveBack.setTimestamp(2, Timestamp.from(attempt.addressWindow()));
                    giveBack.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reset the sign-in attempts", e);
        }
    }

    private Optional<Instant> take(Connection connection, String scope, String key, int limit, Instant now)
            throws SQLException {
        Timestamp expiredBefore = Timestamp.from(now.minus(window));
        try (PreparedStatement take = connection.prepareStatement(TAKE_PLACE)) {
            take.setString(1, scope);
            take.setString(2, key);
            take.setTimestamp(3, Timestamp.from(now));
            take.setTimestamp(4, expiredBefore);
            take.setTimestamp(5, expiredBefore);
            take.setTimestamp(6, expiredBefore);
            take.setInt(7, limit);
            try (ResultSet rs = take.executeQuery()) {
                return rs.next() ? Optional.of(rs.getTimestamp(1).toInstant()) : Optional.empty();
            }
        }
    }

    /** Seconds until the full window of this row has passed, at least one. */
    private long retryAfter(Connection connection, String scope, String key, Instant now) throws SQLException {
        try (PreparedStatement full = connection.prepareStatement(
                "SELECT window_start FROM login_attempts WHERE scope = ? AND key = ?")) {
            full.setString(1, scope);
            full.setString(2, key);
            try (ResultSet rs = full.executeQuery()) {
                if (!rs.next()) {
                    return 1;
                }
                long millis = Duration.between(now, rs.getTimestamp(1).toInstant().plus(window)).toMillis();
                return Math.max(1, (millis + 999) / 1000);
            }
        }
    }

    /** The places one attempt took. */
    record Attempt(String account, @Nullable String address, Instant addressWindow) {
    }
}
