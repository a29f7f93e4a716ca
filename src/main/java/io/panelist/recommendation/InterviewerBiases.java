package io.panelist.recommendation;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The shrunk bias of each interviewer a recommendation has needed, kept in memory under the calibration stamp they
 * were read with (V13). PostgreSQL renews the stamp with any change to any interviewer's totals, in the same
 * transaction, so the biases held are those of every snapshot that shows the same stamp: a recommendation that read
 * that stamp needs no query of calibration. Another stamp, or an interviewer not held yet, reads the interviewers it
 * needs in one statement, which brings its own stamp.
 */
@Singleton
class InterviewerBiases {
    private final EvidenceQueries queries;
    private final AtomicReference<EvidenceQueries.Biases> held = new AtomicReference<>();

    InterviewerBiases(EvidenceQueries queries) {
        this.queries = queries;
    }

    /**
     * The shrunk bias of each interviewer given, as of the calibration stamp read (or of a later one); the answer may
     * hold other interviewers too. On the caller's connection.
     */
    Map<UUID, Double> of(@Nullable UUID calibrationStamp, Set<UUID> interviewers) {
        if (interviewers.isEmpty()) {
            return Map.of();
        }
        EvidenceQueries.Biases now = held.get();
        if (now != null && calibrationStamp != null && calibrationStamp.equals(now.calibrationStamp())
                && now.shrunkBias().keySet().containsAll(interviewers)) {
            return now.shrunkBias();
        }
        EvidenceQueries.Biases read = queries.shrunkBiases(interviewers);
        if (read.calibrationStamp() == null) {
            // without a stamp nothing read can be told current later: used once, not kept
            return read.shrunkBias();
        }
        Map<UUID, Double> biases = new HashMap<>();
        if (now != null && read.calibrationStamp().equals(now.calibrationStamp())) {
            biases.putAll(now.shrunkBias());
        }
        biases.putAll(read.shrunkBias());
        EvidenceQueries.Biases kept = new EvidenceQueries.Biases(read.calibrationStamp(), Map.copyOf(biases));
        // a request that read an older stamp may replace a newer one: the next request reads again, nothing worse
        held.set(kept);
        return kept.shrunkBias();
    }
}
