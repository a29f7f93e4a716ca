package io.panelist.scheduling.agenda;

import io.micronaut.serde.annotation.Serdeable;
import io.panelist.plans.StageKind;
import io.panelist.scheduling.InterviewResponse;
import io.panelist.scheduling.InterviewStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One interview on a panelist's agenda, with the state of their own scorecard for it. */
@Serdeable
public record AgendaItem(UUID interviewId, UUID applicationId, String candidateName, String positionTitle,
                         UUID stageId, String stageName, StageKind stageKind, Instant startsAt, Instant endsAt,
                         String timeZone, String location, InterviewStatus status, String scorecardStatus,
                         boolean scorecardOverdue,
                         List<InterviewResponse.Panelist> panelists) {

    public AgendaItem withPanelists(List<InterviewResponse.Panelist> panel) {
        return new AgendaItem(interviewId, applicationId, candidateName, positionTitle, stageId, stageName, stageKind,
                startsAt, endsAt, timeZone, location, status, scorecardStatus, scorecardOverdue, List.copyOf(panel));
    }

    AgendaItem withScorecard(String ownStatus, boolean ownOverdue) {
        return new AgendaItem(interviewId, applicationId, candidateName, positionTitle, stageId, stageName, stageKind,
                startsAt, endsAt, timeZone, location, status, ownStatus, ownOverdue, panelists);
    }
}
