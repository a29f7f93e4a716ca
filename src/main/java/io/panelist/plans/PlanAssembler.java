package io.panelist.plans;

import io.panelist.plans.rules.PlanCoverage;
import io.panelist.plans.rules.PlanDraft;
import io.panelist.plans.rules.PlanValidator;
import io.panelist.questionbank.QuestionResponse;
import io.panelist.questionbank.QuestionService;
import io.panelist.questionbank.topics.TopicResponse;
import io.panelist.questionbank.topics.TopicService;
import io.panelist.shared.problem.FieldProblem;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the whole answer for a plan in a constant number of queries: the plan's parts, the pinned question
 * revisions, and the anchors (pinned rubric versions once published, current ones in a draft).
 */
@Singleton
public class PlanAssembler {
    private final PlanRepository plans;
    private final TopicService topics;
    private final QuestionService questions;

    PlanAssembler(PlanRepository plans, TopicService topics, QuestionService questions) {
        this.plans = plans;
        this.topics = topics;
        this.questions = questions;
    }

    public PlanResponse assemble(Plan plan, String positionTitle) {
        List<PlanRows.StageRow> stages = plans.stages(plan.id());
        List<PlanRows.StageTopicRow> stageTopics = plans.stageTopics(plan.id());
        List<PlanRows.StageQuestionRow> stageQuestions = plans.stageQuestions(plan.id());
        Map<String, QuestionResponse> questionsByPin = new HashMap<>();
        questions.atRevisions(stageQuestions.stream().map(PlanRows.StageQuestionRow::questionId).toList(),
                        stageQuestions.stream().map(PlanRows.StageQuestionRow::revision).toList())
                .forEach(q -> questionsByPin.put(pin(q.id(), q.revision()), q));
        Map<String, TopicResponse> rubricsByPin = rubrics(plan, stageTopics);

        List<PlanResponse.Stage> stageAnswers = new ArrayList<>();
        List<PlanDraft.Stage> draftStages = new ArrayList<>();
        for (PlanRows.StageRow stage : stages) {
            List<PlanResponse.Topic> topicAnswers = new ArrayList<>();
            List<PlanDraft.Topic> draftTopics = new ArrayList<>();
            for (PlanRows.StageTopicRow row : stageTopics) {
                if (row.stageId().equals(stage.id())) {
                    TopicResponse rubric = rubricsByPin.get(rubricPin(plan, row));
                    topicAnswers.add(new PlanResponse.Topic(row.topicId(), row.topicKey(), rubric.name(),
                            row.weight().doubleValue(), row.mustHave(), row.minScore(), rubric.rubricVersion(),
                            rubric.anchors()));
                    draftTopics.add(new PlanDraft.Topic(row.topicKey(), true, row.weight().doubleValue(),
                            row.mustHave(), row.minScore()));
                }
            }
            List<PlanResponse.Question> questionAnswers = new ArrayList<>();
            List<PlanDraft.Question> draftQuestions = new ArrayList<>();
            for (PlanRows.StageQuestionRow row : stageQuestions) {
                if (row.stageId().equals(stage.id())) {
                    QuestionResponse q = questionsByPin.get(pin(row.questionId(), row.revision()));
                    questionAnswers.add(new PlanResponse.Question(q.id(), q.key(), q.revision(), row.minutes(),
                            q.topicKey(), q.level(), q.kind(), q.prompt(), q.guidance(), q.followUps(), q.retired()));
                    draftQuestions.add(new PlanDraft.Question(q.id(), q.topicKey(), row.minutes(), q.retired()));
                }
            }
            int questionMinutes = draftQuestions.stream().mapToInt(PlanDraft.Question::minutes).sum();
            stageAnswers.add(new PlanResponse.Stage(stage.id(), stage.name(), StageKind.valueOf(stage.kind()),
                    stage.minutes(), questionMinutes, List.copyOf(topicAnswers), List.copyOf(questionAnswers)));
            draftStages.add(new PlanDraft.Stage(stage.name(), stage.minutes(), draftTopics, draftQuestions));
        }
        PlanDraft draft = new PlanDraft(plan.hireThreshold().doubleValue(), plan.strongHireThreshold().doubleValue(),
                draftStages);
        // a published plan was valid when published; later retirements do not reopen it
        List<FieldProblem> problems = plan.planStatus() == PlanStatus.DRAFT ? PlanValidator.validate(draft) : List.of();
        return new PlanResponse(plan.id(), plan.positionId(), positionTitle, plan.name(), plan.planVersion(),
                plan.planStatus(), new PlanResponse.Policy(draft.hireThreshold(), draft.strongHireThreshold()),
                List.copyOf(stageAnswers), coverage(draft, rubricsByPin.values()), problems.isEmpty(), problems, plan.version(),
                plan.publishedAt(), plan.createdAt(), plan.updatedAt());
    }

    /** The plan as its rules see it, for publishing. */
    List<FieldProblem> problems(Plan plan, String positionTitle) {
        return assemble(plan, positionTitle).problems();
    }

    private Map<String, TopicResponse> rubrics(Plan plan, List<PlanRows.StageTopicRow> stageTopics) {
        Map<String, TopicResponse> byPin = new HashMap<>();
        if (plan.planStatus() == PlanStatus.DRAFT) {
            topics.currentTopics(stageTopics.stream().map(PlanRows.StageTopicRow::topicKey).distinct().toList())
                    .values().forEach(t -> byPin.put(t.id().toString(), t));
        } else {
            topics.rubrics(stageTopics.stream().map(PlanRows.StageTopicRow::topicId).toList(),
                            stageTopics.stream().map(PlanRows.StageTopicRow::rubricVersion).toList())
                    .forEach(t -> byPin.put(pin(t.id(), t.rubricVersion()), t));
        }
        return byPin;
    }

    private static String rubricPin(Plan plan, PlanRows.StageTopicRow row) {
        return plan.planStatus() == PlanStatus.DRAFT ? row.topicId().toString() : pin(row.topicId(), row.rubricVersion());
    }

    private static List<PlanResponse.Coverage> coverage(PlanDraft draft, java.util.Collection<TopicResponse> topics) {
        Map<String, String> names = new HashMap<>();
        topics.forEach(t -> names.put(t.key(), t.name()));
        return PlanCoverage.of(draft).stream().map(e -> new PlanResponse.Coverage(e.topicKey(),
                names.getOrDefault(e.topicKey(), e.topicKey()), e.stages(), e.totalWeight(), e.questions(),
                e.mustHave())).toList();
    }

    private static String pin(UUID id, Integer version) {
        return id + "@" + version;
    }
}
