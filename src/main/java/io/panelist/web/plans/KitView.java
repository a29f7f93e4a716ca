package io.panelist.web.plans;

import io.panelist.plans.PlanResponse;
import io.panelist.plans.PlanStatus;
import io.panelist.questionbank.topics.Anchor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** One stage's interview kit as it prints: what to ask in order, how long, and what each score means. */
record KitView(UUID planId, String planName, int planVersion, String statusLabel, boolean draft, String positionTitle,
               int stageNumber, int stageCount, String stageName, String kindLabel, String minutes,
               String questionMinutes, List<KitQuestion> questions, List<KitTopic> topics) {

    record KitQuestion(int number, String prompt, String guidance, List<String> followUps, String minutes,
                       String startsAt, String topicName, String meta, boolean retired) {
    }

    record KitTopic(String name, String weight, boolean mustHave, String minScore, List<Anchor> anchors) {
    }

    /** "Backend Engineer · plan version 1 (published)", naming the plan only when its name is not the position's. */
    public String planLine() {
        String named = planName.equals(positionTitle) ? "" : " “" + planName + "”";
        return positionTitle + " · plan" + named + " version " + planVersion + " (" + statusLabel.toLowerCase(java.util.Locale.ROOT) + ")";
    }

    static Optional<KitView> of(PlanResponse plan, UUID stageId) {
        for (int i = 0; i < plan.stages().size(); i++) {
            PlanResponse.Stage stage = plan.stages().get(i);
            if (stage.id().equals(stageId)) {
                return Optional.of(of(plan, stage, i + 1));
            }
        }
        return Optional.empty();
    }

    private static KitView of(PlanResponse plan, PlanResponse.Stage stage, int number) {
        Map<String, String> topicNames = new HashMap<>();
        stage.topics().forEach(t -> topicNames.put(t.topicKey(), t.name()));
        List<KitQuestion> questions = new ArrayList<>();
        int elapsed = 0;
        for (int k = 0; k < stage.questions().size(); k++) {
            PlanResponse.Question q = stage.questions().get(k);
            questions.add(new KitQuestion(k + 1, q.prompt(), q.guidance(), q.followUps(), PlanWording.minutes(q.minutes()),
                    clock(elapsed), topicNames.getOrDefault(q.topicKey(), q.topicKey()),
                    PlanWording.question(q.level(), q.kind()), q.retired()));
            elapsed += q.minutes();
        }
        List<KitTopic> topics = stage.topics().stream().map(t -> new KitTopic(t.name(), PlanWording.number(t.weight()),
                t.mustHave(), PlanWording.score(t.minScore()), t.anchors())).toList();
        return new KitView(plan.id(), plan.name(), plan.version(), PlanWording.status(plan.status()),
                plan.status() == PlanStatus.DRAFT, plan.positionTitle(), number, plan.stages().size(), stage.name(),
                PlanWording.kind(stage.kind()), PlanWording.minutes(stage.minutes()), PlanWording.minutes(stage.questionMinutes()),
                questions, topics);
    }

    /** Minutes into the interview, as a clock reads them: 0:00, 0:10, 1:05. */
    private static String clock(int minutes) {
        return minutes / 60 + ":" + String.format("%02d", minutes % 60);
    }
}
