package io.panelist.shared;

/**
 * A piece of the demo data set, seeded at start-up in the {@code demo} environment. Each feature contributes its
 * own; they run in {@link #order()} and must be idempotent, adding only what is missing.
 */
public interface DemoContent {
    int order();

    void seed();
}
