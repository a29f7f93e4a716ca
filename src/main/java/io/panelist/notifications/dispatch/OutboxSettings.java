package io.panelist.notifications.dispatch;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * How the dispatcher works: PANELIST_OUTBOX_POLL (how often each instance looks for due messages), _LEASE (how long a
 * claim holds a message before another instance may take it), _FIRST_RETRY (the wait after the first failure,
 * doubling after each further one) and _MAX_ATTEMPTS (then DEAD).
 */
@Singleton
class OutboxSettings {
    static final int BATCH = 20;
    private static final int MAX_DOUBLINGS = 20;
    final Duration poll;
    final Duration lease;
    final Duration firstRetry;
    final int maxAttempts;

    OutboxSettings(@Value("${panelist.outbox.poll:PT5S}") Duration poll,
                   @Value("${panelist.outbox.lease:PT1M}") Duration lease,
                   @Value("${panelist.outbox.first-retry:PT30S}") Duration firstRetry,
                   @Value("${panelist.outbox.max-attempts:8}") int maxAttempts) {
        require(!poll.isNegative() && !poll.isZero(), "PANELIST_OUTBOX_POLL must be a positive duration such as PT5S");
        require(!lease.isNegative() && !lease.isZero(), "PANELIST_OUTBOX_LEASE must be a positive duration such as PT1M");
        require(!firstRetry.isNegative(), "PANELIST_OUTBOX_FIRST_RETRY must not be negative");
        require(maxAttempts >= 1, "PANELIST_OUTBOX_MAX_ATTEMPTS must be at least 1");
        this.poll = poll;
        this.lease = lease;
        this.firstRetry = firstRetry;
        this.maxAttempts = maxAttempts;
    }

    /** The wait after the failure of attempt {@code attempt} (from 1): the first retry, doubled per further attempt. */
    Duration retryDelay(int attempt) {
        return firstRetry.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), MAX_DOUBLINGS));
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
