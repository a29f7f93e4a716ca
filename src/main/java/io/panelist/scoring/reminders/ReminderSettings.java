package io.panelist.scoring.reminders;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * The Greenhouse cadence: the first reminder PANELIST_REMINDERS_FIRST_AFTER the interview's end, then one every
 * PANELIST_REMINDERS_REPEAT_EVERY, at most PANELIST_REMINDERS_MAX in all; each instance looks for due ones every
 * PANELIST_REMINDERS_POLL.
 */
@Singleton
class ReminderSettings {
    final Duration firstAfter;
    final Duration repeatEvery;
    final int max;
    final Duration poll;

    ReminderSettings(@Value("${panelist.reminders.first-after:PT1H}") Duration firstAfter,
                     @Value("${panelist.reminders.repeat-every:P1D}") Duration repeatEvery,
                     @Value("${panelist.reminders.max:10}") int max,
                     @Value("${panelist.reminders.poll:PT1M}") Duration poll) {
        require(!firstAfter.isNegative(), "PANELIST_REMINDERS_FIRST_AFTER must not be negative");
        require(repeatEvery.toSeconds() >= 1, "PANELIST_REMINDERS_REPEAT_EVERY must be at least a second, such as P1D");
        require(max >= 0 && max <= 100, "PANELIST_REMINDERS_MAX must be between 0 and 100");
        require(poll.toMillis() >= 1, "PANELIST_REMINDERS_POLL must be a positive duration such as PT1M");
        this.firstAfter = firstAfter;
        this.repeatEvery = repeatEvery;
        this.max = max;
        this.poll = poll;
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
