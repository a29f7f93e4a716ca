package io.panelist.scheduling.findtimes;

import io.micronaut.transaction.annotation.ReadOnly;
import io.panelist.plans.PlanResponse;
import io.panelist.plans.PlanService;
import io.panelist.recruiting.ApplicationResponse;
import io.panelist.recruiting.ApplicationService;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Find-times: the times a stage of an application can be held, each with the panel that fits it best. Other features
 * (self-scheduling) offer only these times and call {@link #find} again to re-check a chosen one. It reads everything
 * in a constant number of statements ({@link FindTimesLoader}) and decides without I/O ({@link SlotEngine}).
 */
@Singleton
public class TimeFinder {
    private final ApplicationService applications;
    private final PlanService plans;
    private final FindTimesLoader loader;
    private final Clock clock;

    TimeFinder(ApplicationService applications, PlanService plans, FindTimesLoader loader, Clock clock) {
        this.applications = applications;
        this.plans = plans;
        this.loader = loader;
        this.clock = clock;
    }

    /**
     * The earliest quarter-hour starts (at most {@code query.limit()}) that meet every rule of find-times, ordered by
     * start, each with its best panel. Bad input is refused with a problem naming the field (400 or 422); an unknown
     * application is not found (404). Callers check who may ask: this answers anyone.
     */
    @ReadOnly
    public List<Suggestion> find(FindTimesQuery query) {
        QueryChecks.checkShape(query);
        ApplicationResponse application = applications.application(query.applicationId());
        PlanResponse.Stage stage = plans.stageKit(application.planId(), query.stageId())
                .orElseThrow(QueryChecks::stageNotInPlan);
        Map<UUID, Boolean> eligible = loader.eligibility(query.requiredPanelistIds());
        QueryChecks.checkRequired(query, eligible);
        List<UUID> pool = eligible.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
        Set<UUID> topics = stage.topics().stream().map(PlanResponse.Topic::topicId).collect(Collectors.toSet());
        return SlotEngine.suggest(new FindTimesInput(query.from(), query.to(), clock.instant(), stage.minutes(),
                query.panelSize(), query.requiredPanelistIds(), topics, query.candidateAvailability(),
                loader.candidateInterviews(application.candidateId(), query.from(), query.to()),
                loader.pool(pool, topics, query.from(), query.to()), query.limit()));
    }
}
