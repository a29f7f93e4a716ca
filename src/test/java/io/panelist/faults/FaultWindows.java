package io.panelist.faults;

import java.util.ArrayList;
import java.util.List;

/** When each fault of the run lasted, in {@code System.nanoTime()}, from the fault until service was back. */
final class FaultWindows {
    record Window(String fault, long fromNanos, long toNanos) {
    }

    private final long startNanos;
    private final List<Window> windows = new ArrayList<>();

    FaultWindows(long startNanos) {
        this.startNanos = startNanos;
    }

    void add(String fault, long fromNanos, long toNanos) {
        windows.add(new Window(fault, fromNanos, toNanos));
    }

    /** Whether the request was under way at any moment of a fault. */
    boolean during(Ledger.Request request) {
        return windows.stream().anyMatch(window -> during(request, window));
    }

    boolean during(Ledger.Request request, Window window) {
        return request.startedNanos() <= window.toNanos() && request.endedNanos() >= window.fromNanos();
    }

    /** Seconds from the start of the load. */
    double seconds(long nanos) {
        return (nanos - startNanos) / 1e9;
    }

    List<Window> windows() {
        return List.copyOf(windows);
    }
}
