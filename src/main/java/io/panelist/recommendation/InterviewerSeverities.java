package io.panelist.recommendation;

import io.micronaut.core.annotation.Nullable;
import io.panelist.recommendation.policy.Severities;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The rater severity estimate in force (V26), kept in memory under its id. The severity job replaces the estimate
 * and its id in one transaction, so every snapshot that shows the same id shows the same severities: a
 * recommendation that read the id needs no query of them. Another id reads the whole estimate in one statement (a
 * row per interviewer who has scores), once per instance per estimate.
 */
@Singleton
class InterviewerSeverities {
    /** An estimate: its id, the severities and sigma2, and the display names of its interviewers. */
    record Estimate(UUID id, Severities severities, Map<UUID, String> names) {
    }

    private final EvidenceQueries queries;
    private final AtomicReference<Estimate> held = new AtomicReference<>();

    InterviewerSeverities(EvidenceQueries queries) {
        this.queries = queries;
    }

    /**
     * The estimate with this id (or a later one, should it have replaced that one meanwhile); null before the first
     * estimate. On the caller's connection.
     */
    @Nullable
    Estimate of(@Nullable UUID estimateId) {
        if (estimateId == null) {
            return null;
        }
        Estimate now = held.get();
        if (now != null && now.id().equals(estimateId)) {
            return now;
        }
        Estimate read = queries.severities().orElse(null);
        if (read != null) {
            // a request that read an older estimate may replace a newer one: the next request reads again
            held.set(read);
        }
        return read;
    }
}
