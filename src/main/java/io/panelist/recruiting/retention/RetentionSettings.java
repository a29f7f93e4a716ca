package io.panelist.recruiting.retention;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * PANELIST_RETENTION_AFTER_CLOSE: how long a candidate's data stays after their last application closed (none: kept
 * until someone erases it); PANELIST_RETENTION_CHECK_EVERY: how often each instance looks for candidates past it.
 */
@Singleton
class RetentionSettings {
    /** However long the pause between checks, the first comes this soon after a start. */
    static final Duration FIRST_CHECK_AT_MOST = Duration.ofMinutes(1);
    private final @Nullable Duration afterClose;
    final Duration checkEvery;

    RetentionSettings(@Property(name = "panelist.retention.after-close") @Nullable String afterClose,
                      @Value("${panelist.retention.check-every:P1D}") String checkEvery) {
        this.afterClose = afterClose == null || afterClose.isBlank() ? null
                : duration("PANELIST_RETENTION_AFTER_CLOSE", afterClose, "P365D");
        this.checkEvery = duration("PANELIST_RETENTION_CHECK_EVERY", checkEvery, "P1D");
        if (this.afterClose != null && (this.afterClose.isNegative() || this.afterClose.isZero())) {
            throw new IllegalArgumentException("PANELIST_RETENTION_AFTER_CLOSE must be a positive duration such as P365D");
        }
        if (this.checkEvery.toSeconds() < 1) {
            throw new IllegalArgumentException("PANELIST_RETENTION_CHECK_EVERY must be at least a second, such as P1D");
        }
    }

    /** Read here rather than by the framework, which takes a value it cannot read for no setting at all. */
    private static Duration duration(String variable, String text, String example) {
        try {
            return Duration.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(variable + " must be an ISO-8601 duration in days, hours, minutes or "
                    + "seconds, such as " + example + ", not '" + text + "'");
        }
    }

    Optional<Duration> afterClose() {
        return Optional.ofNullable(afterClose);
    }

    Duration firstCheck() {
        return checkEvery.compareTo(FIRST_CHECK_AT_MOST) < 0 ? checkEvery : FIRST_CHECK_AT_MOST;
    }
}
