package io.panelist.web.plans;

import io.panelist.plans.PlanStatus;
import io.panelist.plans.PlanSummary;
import io.panelist.recruiting.positions.PositionResponse;

import java.util.List;
import java.util.UUID;

/** A position's plans, newest version first within each group. */
record PositionPlansView(UUID positionId, String title, String hiringManager, boolean mayStartDraft,
                         List<Group> groups) {

    record Group(String id, String heading, List<Entry> entries, String empty) {
    }

    record Entry(UUID id, String name, int version, String status, String statusClass, String stages, String when) {
        static Entry of(PlanSummary plan, String zone) {
            String when = plan.publishedAt() != null && plan.status() != PlanStatus.DRAFT
                    ? "Published " + PlanWording.day(plan.publishedAt(), zone)
                    : "Last saved " + PlanWording.day(plan.updatedAt(), zone);
            return new Entry(plan.id(), plan.name(), plan.version(), PlanWording.status(plan.status()),
                    PlanWording.statusClass(plan.status()), plan.stageCount() == 1 ? "1 stage" : plan.stageCount() + " stages",
                    when);
        }
    }

    static PositionPlansView of(PositionResponse position, List<PlanSummary> plans, boolean mayStartDraft, String zone) {
        return new PositionPlansView(position.id(), position.title(), position.hiringManagerName(), mayStartDraft,
                List.of(new Group("published", "Published", entries(plans, PlanStatus.PUBLISHED, zone),
                                "No plan is published yet."),
                        new Group("drafts", "Drafts", entries(plans, PlanStatus.DRAFT, zone), "No drafts."),
                        new Group("archived", "Archived versions", entries(plans, PlanStatus.ARCHIVED, zone),
                                "No archived versions.")));
    }

    private static List<Entry> entries(List<PlanSummary> plans, PlanStatus status, String zone) {
        return plans.stream().filter(p -> p.status() == status)
                .sorted(java.util.Comparator.comparingInt(PlanSummary::version).reversed())
                .map(p -> Entry.of(p, zone)).toList();
    }
}
