package io.panelist.plans;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

@MappedEntity("plans")
public record Plan(@Id UUID id, UUID positionId, String name, int planVersion, String status, BigDecimal hireThreshold,
            BigDecimal strongHireThreshold, @Version long version, @Nullable UUID createdBy,
            @Nullable Instant publishedAt, @Nullable UUID publishedBy, Instant createdAt, Instant updatedAt) {

    PlanStatus planStatus() {
        return PlanStatus.valueOf(status);
    }
}
