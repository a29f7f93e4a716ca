package io.panelist.notifications.dispatch;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.panelist.shared.Repeating;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

/**
 * Runs the dispatcher every PANELIST_OUTBOX_POLL, from startup until shutdown; a message a stopped round could not
 * record is sent again once its lease ends.
 */
@Singleton
class DispatchSchedule {
    private final Repeating rounds;

    DispatchSchedule(Dispatcher dispatcher, OutboxSettings settings) {
        this.rounds = new Repeating("outbox-dispatcher", settings.poll, dispatcher::dispatchDue);
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
