package io.panelist.recommendation.calibration;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/**
 * How an interviewer scores relative to their co-panelists: positive bias scores high. severity is s[r] of the joint
 * estimate (DESIGN v2), what recommendations correct for; pairs, bias and shrunkBias describe. Rounded to 4 places.
 */
@Serdeable
public record CalibrationResponse(UUID interviewerId, int pairs, double bias, double shrunkBias, double severity,
                                  int scoresGiven, List<Topic> topics) {

    @Serdeable
    public record Topic(String topicKey, int pairs, double bias, double shrunkBias) {
    }
}
