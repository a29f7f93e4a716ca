package io.panelist.recommendation.severity;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/**
 * Re-estimates rater severity when a submission or amendment is not in the stored estimate yet. Every instance runs
 * it (see {@link SeveritySchedule}); one at a time holds the lock, the others skip the round. The estimate and the
 * count of changes it includes are written in the one transaction that read its scores: an instance that dies
 * mid-estimate leaves the previous estimate whole and its lock free, and the next round starts over.
 */
@Singleton
public class SeverityJob {
    private static final Logger LOG = LoggerFactory.getLogger(SeverityJob.class);
    private final SeverityStore store;
    private final Clock clock;

    SeverityJob(SeverityStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Whether it made a new estimate: false when the stored one is current or another instance is at it. */
    @Transactional
    public boolean reestimate() {
        if (!store.tryLock()) {
            return false;
        }
        SeverityStore.Progress progress = store.progress();
        if (!progress.behind()) {
            return false;
        }
        long started = System.nanoTime();
        // read after the count: the scores hold at least the changes counted, so the estimate claims no more
        SeverityStore.Input input = store.scores();
        long read = System.nanoTime();
        SeverityEstimator.Estimate estimate = SeverityEstimator.estimate(input.scores());
        long solved = System.nanoTime();
        store.write(input, estimate, progress.changes(), clock.instant());
        LOG.debug("Rater severity re-estimated from {} scores in {} ms (read {} ms, solve {} ms)", estimate.scores(),
                (System.nanoTime() - started) / 1_000_000, (read - started) / 1_000_000, (solved - read) / 1_000_000);
        return true;
    }
}
