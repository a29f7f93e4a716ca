package io.panelist.plans.published;

import io.panelist.plans.PlanAssembler;
import io.panelist.plans.PlanRepository;
import io.panelist.plans.PlanResponse;
import io.panelist.plans.PlanStatus;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The kits of published and archived plans, kept in memory with the plan_kit_stamp they were read under (V11): the
 * stamp changes in the same transaction as anything a frozen plan's kit shows, so a kept kit is used only while its
 * stamp is the current one. A scorecard's every autosave answers with its stage's kit; this makes that one query
 * instead of six. Drafts are always read afresh.
 */
@Singleton
public class PublishedKits {
    /** Far more plans than are scored at once; past it the memory starts over rather than grow. */
    static final int CAPACITY = 1_000;
    private final PlanRepository plans;
    private final PlanAssembler assembler;
    private final Map<UUID, Kept> kept = new ConcurrentHashMap<>();

    private record Kept(UUID stamp, PlanResponse kit) {
    }

    PublishedKits(PlanRepository plans, PlanAssembler assembler) {
        this.plans = plans;
        this.assembler = assembler;
    }

    /** Within the caller's transaction. */
    public Optional<PlanResponse> kit(UUID planId) {
        // read before the plan, so a kit is never kept under a stamp newer than what it shows
        Optional<UUID> stamp = plans.kitStamp();
        Kept known = kept.get(planId);
        if (known != null && stamp.isPresent() && known.stamp().equals(stamp.get())) {
            return Optional.of(known.kit());
        }
        Optional<PlanResponse> kit = plans.findById(planId).map(plan -> assembler.assemble(plan, ""));
        if (kit.isPresent() && kit.get().status() != PlanStatus.DRAFT && stamp.isPresent()) {
            if (kept.size() >= CAPACITY) {
                kept.clear();
            }
            kept.put(planId, new Kept(stamp.get(), kit.get()));
        }
        return kit;
    }
}
