package io.panelist.web.recruiting;

import io.micronaut.core.annotation.Nullable;
import io.panelist.recruiting.ApplicationResponse;
import io.panelist.recruiting.ApplicationService;
import io.panelist.recruiting.ApplicationStatus;
import io.panelist.recruiting.candidates.CandidateResponse;
import io.panelist.recruiting.positions.PositionResponse;
import io.panelist.recruiting.positions.PositionService;
import io.panelist.recruiting.positions.PositionStatus;
import io.panelist.shared.Paging;
import io.panelist.shared.Viewer;
import jakarta.inject.Singleton;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the candidate page shows: the person, the edit form, their applications, and the open positions they could
 * still apply to. Pages that refuse a form render it again from here, with the form as typed and the problems.
 */
@Singleton
class CandidatePageModel {
    private static final Paging ALL = Paging.of(0, Paging.MAX_SIZE);
    private final ApplicationService applications;
    private final PositionService positions;

    CandidatePageModel(ApplicationService applications, PositionService positions) {
        this.applications = applications;
        this.positions = positions;
    }

    Map<String, Object> of(Viewer viewer, ZoneId zone, CandidateResponse candidate, @Nullable UUID applied) {
        List<ApplicationResponse> theirs = applications.listApplications(viewer, null, candidate.id(), null, ALL)
                .items();
        Set<UUID> activeAt = theirs.stream().filter(a -> a.status() == ApplicationStatus.ACTIVE)
                .map(ApplicationResponse::positionId).collect(Collectors.toSet());
        List<PositionResponse> open = positions.listPositions(viewer, PositionStatus.OPEN, null, ALL).items().stream()
                .filter(position -> !activeAt.contains(position.id())).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("candidate", candidate);
        model.put("added", TimeWording.day(candidate.createdAt(), zone));
        model.put("form", CandidateForm.of(candidate));
        model.put("errors", Map.of());
        model.put("message", null);
        model.put("theirs", null);
        model.put("applications", theirs.stream().map(a -> ApplicationRow.of(a, zone)).toList());
        model.put("positions", open);
        model.put("applyError", null);
        model.put("notice", theirs.stream().filter(a -> a.id().equals(applied)).findFirst()
                .map(a -> "Application to " + a.positionTitle() + " created. Schedule its first round below.")
                .orElse(null));
        return model;
    }
}
