package io.panelist.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A background job every instance runs on a thread of its own, first one period after start (or sooner, when asked),
 * then with that pause between rounds. A failed round (the database away, say) is logged and the next one tries again; stopping lets a
 * round in progress finish. The jobs themselves are what make many instances safe (leases, dedupe keys).
 */
public final class Repeating {
    private static final Logger LOG = LoggerFactory.getLogger(Repeating.class);
    private final String name;
    private final Duration first;
    private final Duration every;
    private final Runnable round;
    private ScheduledExecutorService executor;

    public Repeating(String name, Duration every, Runnable round) {
        this(name, every, every, round);
    }

    /** A job whose first round comes {@code first} after start: a daily job cannot wait for a day after each restart. */
    public Repeating(String name, Duration first, Duration every, Runnable round) {
        this.name = name;
        this.first = first;
        this.every = every;
        this.round = round;
    }

    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::runOnce, first.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    public synchronized void stop() throws InterruptedException {
        if (executor != null) {
            executor.shutdown();
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
            executor = null;
        }
    }

    private void runOnce() {
        try {
            round.run();
        } catch (RuntimeException e) {
            LOG.warn("{}: round failed: {}", name, e.toString());
        }
    }
}
