package io.panelist.recommendation;

import io.panelist.plans.PlanResponse;
import io.panelist.plans.PlanService;
import io.panelist.plans.PlanStatus;
import io.panelist.recommendation.policy.PlanRules;
import io.panelist.shared.problem.NotFoundException;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rules of each plan, kept in memory once the plan is published. They cannot go stale there: PostgreSQL refuses
 * any change to a published or archived plan's thresholds and stages (the triggers of V3) and any way back to draft,
 * and a topic's key never changes (TopicService refuses it). A draft's rules are read afresh every time. Every
 * instance keeps its own copy of the same immutable facts, so instances never disagree.
 */
@Singleton
class PublishedPlanRules {
    /** Far more plans than a deployment publishes; past it the memory starts over rather than grow. */
    static final int CAPACITY = 10_000;
    private final PlanService plans;
    private final Map<UUID, PlanRules> published = new ConcurrentHashMap<>();

    PublishedPlanRules(PlanService plans) {
        this.plans = plans;
    }

    /** Within the caller's transaction: reads the plan only the first time, if it is published. */
    PlanRules of(UUID planId) {
        PlanRules known = published.get(planId);
        if (known != null) {
            return known;
        }
        PlanResponse kit = plans.kit(planId).orElseThrow(() -> new NotFoundException("Plan", planId));
        PlanRules rules = PlanRules.of(kit);
        if (kit.status() != PlanStatus.DRAFT) {
            if (published.size() >= CAPACITY) {
                published.clear();
            }
            published.put(planId, rules);
        }
        return rules;
    }

    /** Whether the plan's rules are held in memory. */
    boolean holds(UUID planId) {
        return published.containsKey(planId);
    }
}
