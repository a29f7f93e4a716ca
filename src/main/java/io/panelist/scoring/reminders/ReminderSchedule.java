package io.panelist.scoring.reminders;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.panelist.shared.Repeating;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

/** Looks for due scorecard reminders every PANELIST_REMINDERS_POLL, a batch at a time until none are left. */
@Singleton
class ReminderSchedule {
    private final Repeating rounds;

    ReminderSchedule(ScorecardReminders reminders, ReminderSettings settings) {
        // a full batch means a backlog (the first start after a long stop): the next batch at once
        this.rounds = new Repeating("scorecard-reminders", settings.poll, () -> {
            int written;
            do {
                written = reminders.remindDue();
            } while (written == ScorecardReminders.BATCH);
        });
    }

    @EventListener
    void start(StartupEvent started) {
        rounds.start();
    }

    @PreDestroy
    void stop() throws InterruptedException {
        rounds.stop();
    }
}
