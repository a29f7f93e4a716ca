package io.panelist.scheduling.links.throttle;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.panelist.shared.Jdbc;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Requests to the public scheduling endpoints per client address, in PostgreSQL so that every instance counts the
 * same window: a fixed minute that opens with the address's first request. Each request is one INSERT ... ON
 * CONFLICT UPDATE, so concurrent requests count exactly; past the limit the answer says when the window ends. A
 * request that opens a new window also clears windows that ended long ago, so the table holds only recent addresses.
 */
@Singleton
public class PublicRequestLimit {
    static final Duration WINDOW = Duration.ofMinutes(1);
    private static final String UNKNOWN = "unknown";
    private static final String COUNT = """
            INSERT INTO public_request_counts AS c (address, window_start, requests) VALUES (?, ?, 1)
            ON CONFLICT (address) DO UPDATE SET
                window_start = CASE WHEN c.window_start <= ? THEN EXCLUDED.window_start ELSE c.window_start END,
                requests = CASE WHEN c.window_start <= ? THEN 1 ELSE least(c.requests + 1, ?) END
            RETURNING window_start, requests
            """;
    private final Jdbc jdbc;
    private final Clock clock;
    private final int perMinute;

    PublicRequestLimit(Jdbc jdbc, Clock clock,
                       @Value("${panelist.self-scheduling.requests-per-minute:60}") int perMinute) {
        if (perMinute < 1) {
            throw new IllegalStateException("panelist.self-scheduling.requests-per-minute must be at least 1");
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.perMinute = perMinute;
    }

    /**
     * Counts one request from the address (null when it is not known: those share one count).
     *
     * @throws TooManyRequestsException when the address has used up its window
     */
    @Transactional
    public void count(@Nullable String address) {
        Instant now = clock.instant();
        Timestamp ended = Timestamp.from(now.minus(WINDOW));
        String key = address == null ? UNKNOWN : address;
        Counted counted = jdbc.query("count the public request", COUNT,
                List.of(key, Timestamp.from(now), ended, ended, perMinute + 1),
                rows -> {
                    rows.next();
                    return new Counted(rows.getTimestamp(1).toInstant(), rows.getInt(2));
                });
        if (counted.requests() == 1) {
            jdbc.update("forget old public request counts",
                    "DELETE FROM public_request_counts WHERE window_start < ?",
                    List.of(Timestamp.from(now.minus(WINDOW.multipliedBy(10)))));
        }
        if (counted.requests() > perMinute) {
            long millis = Duration.between(now, counted.windowStart().plus(WINDOW)).toMillis();
            throw new TooManyRequestsException(Math.max(1, (millis + 999) / 1000));
        }
    }

    private record Counted(Instant windowStart, int requests) {
    }
}
