package io.panelist.recommendation.severity;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.panelist.shared.Repeating;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * Looks every PANELIST_SEVERITY_POLL (default two seconds) whether the severity estimate is behind the scores, and
 * re-estimates it if so: off the request path, so a submission is never slowed by it.
 */
@Singleton
class SeveritySchedule {
    private final Repeating rounds;

    SeveritySchedule(SeverityJob job, @Value("${panelist.severity.poll:PT2S}") Duration poll) {
        if (poll.toMillis() < 1) {
            throw new IllegalArgumentException("PANELIST_SEVERITY_POLL must be a positive duration such as PT2S");
        }
        this.rounds = new Repeating("severity-estimate", poll, job::reestimate);
    }

    @EventListener
    void start(StartupEvent started) {
        rounds.start();
    }

    @PreDestroy
    void stop() throws InterruptedException {
        rounds.stop();
    }
}
