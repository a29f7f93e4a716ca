package io.panelist.scheduling;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.UUID;

/** Read models of scheduling, each filled by one query. */
final class SchedulingRows {
    private SchedulingRows() {
    }

    /** An interview with the names around it (candidate, position, stage). */
    @Introspected
    record InterviewRow(UUID id, UUID applicationId, UUID candidateId, String candidateName, UUID positionId,
                        String positionTitle, UUID hiringManagerId, UUID planId, UUID stageId, String stageName,
                        String stageKind, Instant startsAt, Instant endsAt, String timeZone, String location,
                        String status, @Nullable String statusReason, int sequence, long version,
                        @Nullable UUID createdBy, Instant createdAt, Instant updatedAt) {
    }

    @Introspected
    record PanelistRow(UUID interviewId, UUID userId, String displayName, String email) {
    }

    /** One overlap: with a panelist ({@code userId} set) or with the candidate ({@code userId} null). */
    @Introspected
    record ConflictRow(UUID interviewId, Instant startsAt, Instant endsAt, @Nullable UUID userId, String who) {
    }

    @Introspected
    record LoadRow(UUID userId, long interviews) {
    }

    /** How many live interviews start in the {@code n}th window asked for (from 1). */
    @Introspected
    record WindowLoadRow(long n, long interviews) {
    }
}
