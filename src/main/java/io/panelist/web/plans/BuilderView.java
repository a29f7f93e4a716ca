package io.panelist.web.plans;

import io.panelist.plans.PlanActions;
import io.panelist.plans.PlanResponse;
import io.panelist.plans.PlanStatus;
import io.panelist.questionbank.topics.TopicResponse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A plan as the builder (a draft the viewer edits) or the read-only plan page shows it. */
record BuilderView(UUID planId, UUID positionId, String positionTitle, String name, int version, String statusLabel,
                   String statusClass, boolean draft, long editVersion, String hireThreshold,
                   String strongHireThreshold, List<StageRow> stages, List<PlanWording.Option> topicOptions,
                   List<PlanWording.Option> kinds, List<PlanWording.Option> scores, PlanActions actions, String publishedOn,
                   ReportView report) {

    static BuilderView of(PlanResponse plan, PlanActions actions, List<TopicResponse> bankTopics, String zone) {
        Map<String, String> topicNames = new HashMap<>();
        bankTopics.forEach(t -> topicNames.put(t.key(), t.name()));
        plan.stages().forEach(s -> s.topics().forEach(t -> topicNames.put(t.topicKey(), t.name())));
        List<StageRow> stages = new ArrayList<>();
        for (int i = 0; i < plan.stages().size(); i++) {
            stages.add(StageRow.of(plan.id(), i + 1, plan.stages().get(i), topicNames));
        }
        return new BuilderView(plan.id(), plan.positionId(), plan.positionTitle(), plan.name(), plan.version(),
                PlanWording.status(plan.status()), PlanWording.statusClass(plan.status()), plan.status() == PlanStatus.DRAFT,
                plan.editVersion(), PlanWording.threshold(plan.policy().hireThreshold()),
                PlanWording.threshold(plan.policy().strongHireThreshold()), stages, topicOptions(bankTopics),
                PlanWording.kinds(), PlanWording.scores(), actions,
                plan.publishedAt() == null ? "" : PlanWording.day(plan.publishedAt(), zone), ReportView.of(plan));
    }

    static List<PlanWording.Option> topicOptions(List<TopicResponse> bankTopics) {
        return bankTopics.stream().sorted(java.util.Comparator.comparing(TopicResponse::name))
                .map(t -> new PlanWording.Option(t.key(), t.name())).toList();
    }
}
