package io.panelist.recruiting.retention;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.panelist.shared.Repeating;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

/** With PANELIST_RETENTION_AFTER_CLOSE set, erases the candidates past it every PANELIST_RETENTION_CHECK_EVERY. */
@Singleton
class RetentionSchedule {
    private final RetentionSettings settings;
    private final Repeating rounds;

    RetentionSchedule(CandidateRetention retention, RetentionSettings settings) {
        this.settings = settings;
        this.rounds = new Repeating("candidate-retention", settings.firstCheck(), settings.checkEvery,
                retention::eraseDue);
    }

    @EventListener
    void start(StartupEvent started) {
        if (settings.afterClose().isPresent()) {
            rounds.start();
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        rounds.stop();
    }
}
