package io.panelist.recommendation.calibration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** Per topic, how far the panel's scores can be trusted: ICC(1,1) over (application, topic) targets. */
@Serdeable
public record ReliabilityResponse(UUID positionId, List<Topic> topics) {

    @Serdeable
    public record Topic(String topicKey, int targets, int scores, @Nullable Double icc) {
    }
}
