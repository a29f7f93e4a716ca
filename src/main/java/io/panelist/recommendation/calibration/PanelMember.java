package io.panelist.recommendation.calibration;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/**
 * Someone who scored the position's candidates: how many scorecards they submitted for it, and whether the viewer may
 * open their calibration (administrators, hiring managers and the interviewer themselves).
 */
@Serdeable
public record PanelMember(UUID interviewerId, String displayName, int scorecards, boolean calibrationVisible) {
}
