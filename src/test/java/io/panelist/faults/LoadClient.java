package io.panelist.faults;

import io.micronaut.core.annotation.Nullable;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One client thread of the fault run: takes one step after another until the run ends, each request to the next
 * instance in turn, as a load balancer without health checks would send it. After a refusal it pauses briefly, so
 * that an instance that is down is not hammered by refusals that take no time.
 */
abstract class LoadClient implements Runnable {
    private static final Duration AFTER_REFUSAL = Duration.ofMillis(200);
    protected final String name;
    protected final LoadHttp http;
    protected final Ledger ledger;
    private final AtomicBoolean running;
    private int turn;
    private int pinned = -1;

    LoadClient(String name, LoadHttp http, Ledger ledger, AtomicBoolean running) {
        this.name = name;
        this.http = http;
        this.ledger = ledger;
        this.running = running;
    }

    /** One request, or a few that belong together; the client keeps what it needs for the next. */
    abstract void step();

    @Override
    public void run() {
        while (running.get()) {
            try {
                step();
            } catch (RuntimeException e) {
                ledger.clientErrors.add(name + ": " + e);
                pause(AFTER_REFUSAL);
            }
        }
    }

    /** From now on, every request goes to this instance (after the run: does each one serve?). */
    void pin(int instance) {
        pinned = instance;
    }

    LoadHttp.Reply send(String kind, boolean write, String method, String path, String token,
                        @Nullable String ifMatch, @Nullable Object body) {
        int instance = pinned >= 0 ? pinned : turn++ % http.instanceCount();
        LoadHttp.Reply reply = http.send(instance, kind, write, method, path, token, ifMatch, body);
        if (!reply.ok()) {
            pause(AFTER_REFUSAL);
        }
        return reply;
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
