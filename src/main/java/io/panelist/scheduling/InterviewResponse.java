package io.panelist.scheduling;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.panelist.plans.StageKind;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An interview with what a client shows: names, the panel, and any load warnings the last write raised. */
@Serdeable
public record InterviewResponse(UUID id, UUID applicationId, UUID candidateId, String candidateName, UUID positionId,
                                String positionTitle, UUID hiringManagerId, UUID planId, UUID stageId, String stageName, StageKind stageKind,
                                Instant startsAt, Instant endsAt, String timeZone, String location,
                                InterviewStatus status, @Nullable String statusReason, int sequence,
                                List<Panelist> panelists, List<String> warnings, long version, Instant createdAt,
                                Instant updatedAt) {

    @Serdeable
    public record Panelist(UUID id, String displayName, String email) {
    }

    InterviewResponse withWarnings(List<String> warnings) {
        return new InterviewResponse(id, applicationId, candidateId, candidateName, positionId, positionTitle,
                hiringManagerId, planId,
                stageId, stageName, stageKind, startsAt, endsAt, timeZone, location, status, statusReason, sequence,
                panelists, List.copyOf(warnings), version, createdAt, updatedAt);
    }
}
