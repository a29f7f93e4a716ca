package io.panelist.scheduling;

import io.panelist.plans.StageKind;
import io.panelist.shared.problem.NotFoundException;
import io.panelist.shared.Texts;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Interview answers, built in two queries however many interviews: the rows, then all their panelists. */
@Singleton
public class InterviewViews {
    private final InterviewRepository interviews;

    InterviewViews(InterviewRepository interviews) {
        this.interviews = interviews;
    }

    InterviewResponse one(UUID id) {
        return many(List.of(interviews.findView(id).orElseThrow(() -> new NotFoundException("Interview", id)))).get(0);
    }

    public List<InterviewResponse> many(List<SchedulingRows.InterviewRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<InterviewResponse.Panelist>> panels = interviews
                .panelists(Texts.of(rows.stream().map(SchedulingRows.InterviewRow::id).toList())).stream()
                .collect(Collectors.groupingBy(SchedulingRows.PanelistRow::interviewId, Collectors.mapping(
                        p -> new InterviewResponse.Panelist(p.userId(), p.displayName(), p.email()), Collectors.toList())));
        return rows.stream().map(row -> response(row, panels.getOrDefault(row.id(), List.of()))).toList();
    }

    /** The answer for one interview's row and its panel. */
    static InterviewResponse response(SchedulingRows.InterviewRow row, List<InterviewResponse.Panelist> panel) {
        return new InterviewResponse(row.id(), row.applicationId(), row.candidateId(), row.candidateName(),
                row.positionId(), row.positionTitle(), row.hiringManagerId(), row.planId(), row.stageId(),
                row.stageName(), StageKind.valueOf(row.stageKind()), row.startsAt(), row.endsAt(), row.timeZone(),
                row.location(), InterviewStatus.valueOf(row.status()), row.statusReason(), row.sequence(), panel,
                List.of(), row.version(), row.createdAt(), row.updatedAt());
    }
}
