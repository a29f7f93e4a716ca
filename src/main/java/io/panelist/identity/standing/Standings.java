package io.panelist.identity.standing;

import io.micronaut.security.authentication.Authentication;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What an access token still allows: nothing once its user is deactivated (or gone), and only those of its roles
 * that the user still holds. A role granted after the token was issued waits for the next token (a refresh, at
 * most 15 minutes away), since the token's roles bound what it may do.
 * <p>
 * Read from the database for every request, but shared: requests queue, and one reader thread answers everything
 * queued in one statement ({@code SELECT ... FROM users WHERE id = ANY (?)}), then the next batch. Each request's
 * answer comes from a statement that began after the request arrived, so a change committed before it is always
 * seen, in every instance; at most one such statement runs at a time per instance, and none of it blocks an event
 * loop thread. A read that fails (the database is down) fails the requests that queued behind it as well.
 */
@Singleton
public class Standings {
    private final StandingReader reader;
    private final ConcurrentLinkedQueue<Waiting> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean reading = new AtomicBoolean();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread reads = new Thread(runnable, "standings");
        reads.setDaemon(true);
        return reads;
    });

    Standings(StandingReader reader) {
        this.reader = reader;
    }

    private record Waiting(UUID userId, CompletableFuture<Optional<Standing>> answer) {
    }

    /**
     * The authentication narrowed to what the user may do now: the token's roles that the user still holds, or
     * empty when the user is deactivated or unknown. Completes exceptionally when the database cannot be read.
     */
    public CompletableFuture<Optional<Authentication>> current(Authentication token) {
        UUID userId;
        try {
            userId = UUID.fromString(token.getName());
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return standingOf(userId).thenApply(standing -> standing.filter(Standing::active)
                .map(now -> narrowed(token, now.roles())));
    }

    private CompletableFuture<Optional<Standing>> standingOf(UUID userId) {
        CompletableFuture<Optional<Standing>> answer = new CompletableFuture<>();
        queue.add(new Waiting(userId, answer));
        if (reading.compareAndSet(false, true)) {
            try {
                thread.execute(this::readWhileQueued);
            } catch (RejectedExecutionException stopping) {
                reading.set(false);
                answer.completeExceptionally(stopping);
            }
        }
        return answer;
    }

    /** Answers batch after batch until nothing waits; whoever queues after the flag drops starts the next run. */
    private void readWhileQueued() {
        do {
            try {
                for (List<Waiting> batch = drain(); !batch.isEmpty(); batch = drain()) {
                    answer(batch);
                }
            } finally {
                reading.set(false);
            }
        } while (!queue.isEmpty() && reading.compareAndSet(false, true));
    }

    private List<Waiting> drain() {
        List<Waiting> batch = new ArrayList<>();
        for (Waiting waiting = queue.poll(); waiting != null; waiting = queue.poll()) {
            batch.add(waiting);
        }
        return batch;
    }

    private void answer(List<Waiting> batch) {
        Set<UUID> users = new HashSet<>();
        batch.forEach(waiting -> users.add(waiting.userId()));
        try {
            Map<UUID, Standing> read = reader.read(users.toArray(UUID[]::new));
            batch.forEach(waiting -> waiting.answer().complete(Optional.ofNullable(read.get(waiting.userId()))));
        } catch (RuntimeException | Error e) {
            batch.forEach(waiting -> waiting.answer().completeExceptionally(e));
            // those who queued while it failed get its failure now rather than a wait of their own: while the
            // database is down each read waits out the pool's connection timeout, and one after another they would
            // add up to far more than the answer within 2 seconds that DESIGN.md promises (later requests try again)
            drain().forEach(waiting -> waiting.answer().completeExceptionally(e));
        }
    }

    private static Authentication narrowed(Authentication token, Set<String> held) {
        List<String> roles = token.getRoles().stream().filter(held::contains).toList();
        if (roles.size() == token.getRoles().size()) {
            return token;
        }
        return Authentication.build(token.getName(), roles, token.getAttributes());
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }
}
