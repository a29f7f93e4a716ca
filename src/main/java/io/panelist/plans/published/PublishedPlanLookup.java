package io.panelist.plans.published;

import io.micronaut.transaction.annotation.ReadOnly;
import io.panelist.plans.Plan;
import io.panelist.plans.PlanRepository;
import io.panelist.recruiting.positions.PublishedPlans;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@Singleton
class PublishedPlanLookup implements PublishedPlans {
    private final PlanRepository plans;

    PublishedPlanLookup(PlanRepository plans) {
        this.plans = plans;
    }

    @Override
    @ReadOnly
    public Optional<UUID> publishedPlanId(UUID positionId) {
        return plans.findPublished(positionId).map(Plan::id);
    }

    @Override
    @ReadOnly
    public Map<UUID, UUID> publishedPlanIds(Collection<UUID> positionIds) {
        return plans.findPublishedOf(positionIds.stream().map(UUID::toString).toArray(String[]::new)).stream()
                .collect(Collectors.toMap(Plan::positionId, Plan::id));
    }
}
