package io.panelist.recommendation.calibration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/**
 * Per topic, how far the panel's scores can be trusted: ICC(1,1) over (application, topic) targets, the reliability
 * of a panel's mean of about n0 scores ({@code iccPanel}), the 95% interval of ICC(1,1), and whether five or more
 * candidates are behind it. Numbers to 4 decimals, null where not defined.
 */
@Serdeable
public record ReliabilityResponse(UUID positionId, List<Topic> topics) {

    @Serdeable
    public record Topic(String topicKey, int targets, int scores, @Nullable Double icc, @Nullable Double iccPanel,
                        @Nullable Double ci95Low, @Nullable Double ci95High, boolean enoughData) {
    }
}
