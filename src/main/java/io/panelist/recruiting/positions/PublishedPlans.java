package io.panelist.recruiting.positions;

import java.util.Optional;
import java.util.UUID;

/** The plan in force for a position. Implemented by the plans feature, which sits above recruiting. */
public interface PublishedPlans {
    Optional<UUID> publishedPlanId(UUID positionId);
}
