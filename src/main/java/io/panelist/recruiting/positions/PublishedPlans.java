package io.panelist.recruiting.positions;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The plan in force for a position. Implemented by the plans feature, which sits above recruiting. */
public interface PublishedPlans {
    Optional<UUID> publishedPlanId(UUID positionId);

    /** The published plan of each of these positions that has one, by position id; one query. */
    Map<UUID, UUID> publishedPlanIds(Collection<UUID> positionIds);
}
