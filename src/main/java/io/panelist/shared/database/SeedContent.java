package io.panelist.shared.database;

/**
 * Data seeded at start-up: the built-in question pack everywhere, the demo users and content only in the
 * {@code demo} environment (those beans carry {@code @Requires(env = "demo")}). They run in {@link #order()} and must
 * be idempotent, adding only what is missing, since every start and every instance runs them.
 */
public interface SeedContent {
    int order();

    void seed();
}
