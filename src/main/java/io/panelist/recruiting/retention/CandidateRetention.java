package io.panelist.recruiting.retention;

import io.panelist.recruiting.candidates.CandidateService;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Erases the candidates past retention (see {@link RetentionSettings}), each in a transaction of its own with an
 * audit event that says why. Every instance runs it: erasure locks the candidate and checks again that they are due,
 * so two instances never erase one person twice, and an instance stopped mid-round leaves each candidate erased
 * whole or not at all, for the next round to finish.
 */
@Singleton
public class CandidateRetention {
    static final int BATCH = 100;
    private final DueCandidates due;
    private final CandidateService candidates;
    private final RetentionSettings settings;
    private final Clock clock;

    CandidateRetention(DueCandidates due, CandidateService candidates, RetentionSettings settings, Clock clock) {
        this.due = due;
        this.candidates = candidates;
        this.settings = settings;
        this.clock = clock;
    }

    /** Erases every candidate due now, a batch at a time; how many this instance erased (none without a setting). */
    public int eraseDue() {
        if (settings.afterClose().isEmpty()) {
            return 0;
        }
        Duration retention = settings.afterClose().get();
        Instant closedBefore = clock.instant().minus(retention);
        Map<String, Object> why = Map.of("reason", "retention", "retention", asWritten(retention),
                "closedBefore", closedBefore.toString());
        int erased = 0;
        UUID after = null;
        List<UUID> batch;
        do {
            batch = due.after(after, closedBefore, BATCH);
            for (UUID candidateId : batch) {
                if (candidates.eraseIf(candidateId, id -> due.stillDue(id, closedBefore), why)) {
                    erased++;
                }
                after = candidateId;
            }
        } while (batch.size() == BATCH);
        return erased;
    }

    /** P365D rather than Duration's PT8760H, as the setting is usually written. */
    static String asWritten(Duration retention) {
        return retention.toSeconds() % 86_400 == 0 && retention.toNanosPart() == 0
                ? "P" + retention.toDays() + "D" : retention.toString();
    }
}
