package io.panelist.notifications.dispatch;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the dispatcher every PANELIST_OUTBOX_POLL on a thread of its own, from startup until shutdown; shutdown
 * lets a round in progress finish (a message it could not record is sent again once its lease ends).
 */
@Singleton
class DispatchSchedule {
    private static final Logger LOG = LoggerFactory.getLogger(DispatchSchedule.class);
    private final Dispatcher dispatcher;
    private final OutboxSettings settings;
    private ScheduledExecutorService executor;

    DispatchSchedule(Dispatcher dispatcher, OutboxSettings settings) {
        this.dispatcher = dispatcher;
        this.settings = settings;
    }

    @EventListener
    synchronized void start(StartupEvent started) {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "outbox-dispatcher");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.poll.toMillis();
        executor.scheduleWithFixedDelay(this::round, every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    synchronized void stop() throws InterruptedException {
        if (executor != null) {
            executor.shutdown();
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        }
    }

    private void round() {
        try {
            dispatcher.dispatchDue();
        } catch (RuntimeException e) {
            // the database away, for instance: the next round tries again
            LOG.warn("Outbox dispatch round failed: {}", e.toString());
        }
    }
}
