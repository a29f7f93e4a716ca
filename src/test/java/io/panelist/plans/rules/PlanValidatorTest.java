package io.panelist.plans.rules;

import io.panelist.shared.problem.FieldProblem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.panelist.plans.PlanFixtures.asked;
import static io.panelist.plans.PlanFixtures.assessed;
import static io.panelist.plans.PlanFixtures.draft;
import static io.panelist.plans.PlanFixtures.retired;
import static io.panelist.plans.PlanFixtures.stageOf;
import static io.panelist.plans.PlanFixtures.unknownTopic;
import static org.assertj.core.api.Assertions.assertThat;

/** Every plan rule, each with a worked example and the exact JSON pointer it reports. */
class PlanValidatorTest {
    static final UUID JWT = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final UUID CSRF = UUID.fromString("00000000-0000-0000-0000-000000000002");
    static final UUID FIXTURES = UUID.fromString("00000000-0000-0000-0000-000000000003");

    /** Technical (60 min): security 2.0 must-have min 3 and testing 1.0 min 2, asked by jwt (10) and fixtures (15). */
    static PlanDraft.Stage technical() {
        return stageOf("Technical", 60, List.of(assessed("security", 2.0, true, 3), assessed("testing", 1.0, false, 2)),
                List.of(asked(JWT, "security", 10), asked(FIXTURES, "testing", 15)));
    }

    /** Design (45 min): security 1.5 must-have min 3, asked by csrf (20). */
    static PlanDraft.Stage design() {
        return stageOf("Design", 45, List.of(assessed("security", 1.5, true, 3)), List.of(asked(CSRF, "security", 20)));
    }

    @Test
    void aPlanThatKeepsEveryRuleHasNoProblems() {
        assertThat(PlanValidator.validate(draft(technical(), design()))).isEmpty();
    }

    @Test
    void thresholdsMustSatisfyOneAtMostHireAtMostStrongHireAtMostFour() {
        for (double[] ok : new double[][]{{1.0, 1.0}, {3.0, 3.0}, {3.0, 3.5}, {4.0, 4.0}}) {
            assertThat(PlanValidator.validate(new PlanDraft(ok[0], ok[1], List.of(technical()))))
                    .as("hire %s, strong hire %s", ok[0], ok[1]).isEmpty();
        }
        for (double[] bad : new double[][]{{3.5, 3.0}, {0.5, 3.0}, {3.0, 4.5}, {0.0, 0.0}, {4.5, 4.5}}) {
            assertThat(fields(new PlanDraft(bad[0], bad[1], List.of(technical()))))
                    .as("hire %s, strong hire %s", bad[0], bad[1]).containsExactly("/policy");
        }
    }

    @Test
    void aPlanNeedsAtLeastOneStage() {
        assertThat(fields(draft())).containsExactly("/stages");
    }

    @Test
    void everyStageNeedsATopic() {
        PlanDraft.Stage empty = stageOf("Chat", 30, List.of(), List.of(asked(CSRF, "security", 10)));

        assertThat(fields(draft(technical(), empty))).containsExactly("/stages/1/topics");
    }

    @Test
    void aStageTopicMustExistInTheBank() {
        PlanDraft.Stage stage = stageOf("Technical", 60, List.of(assessed("security", 2.0, true, 3),
                unknownTopic("astrology")), List.of(asked(JWT, "security", 10)));

        List<FieldProblem> problems = PlanValidator.validate(draft(stage));

        // an unknown topic is reported once, not also as a topic nobody asks about
        assertThat(problems).extracting(FieldProblem::field).containsExactly("/stages/0/topics/1/topicKey");
        assertThat(problems.get(0).message()).isNotBlank();
    }

    @Test
    void aTopicAppearsAtMostOnceInAStage() {
        PlanDraft.Stage stage = stageOf("Technical", 60, List.of(assessed("security", 2.0, true, 3),
                assessed("security", 1.0, true, 3)), List.of(asked(JWT, "security", 10)));

        List<FieldProblem> problems = PlanValidator.validate(draft(stage));

        assertThat(problems).extracting(FieldProblem::field).containsExactly("/stages/0/topics/1");
        assertThat(problems.get(0).message()).contains("security", "twice");
    }

    @Test
    void everyTopicOfAStageIsAskedAboutByAQuestionOfThatStage() {
        // csrf asks about security, but in the design stage; the technical stage asks nothing about it
        PlanDraft.Stage technical = stageOf("Technical", 60, List.of(assessed("security", 2.0, true, 3),
                assessed("testing", 1.0, false, 2)), List.of(asked(FIXTURES, "testing", 15)));

        List<FieldProblem> problems = PlanValidator.validate(draft(technical, design()));

        assertThat(problems).extracting(FieldProblem::field).containsExactly("/stages/0/topics/0");
        assertThat(problems.get(0).message()).contains("security");
    }

    @Test
    void aTopicInSeveralStagesHasTheSameMustHaveInEach() {
        PlanDraft.Stage design = stageOf("Design", 45, List.of(assessed("security", 1.5, false, 3)),
                List.of(asked(CSRF, "security", 20)));

        List<FieldProblem> problems = PlanValidator.validate(draft(technical(), design));

        assertThat(problems).extracting(FieldProblem::field).containsExactly("/stages/1/topics/0");
        assertThat(problems.get(0).message()).contains("security", "mustHave");
    }

    @Test
    void aTopicInSeveralStagesHasTheSameMinScoreInEach() {
        PlanDraft.Stage design = stageOf("Design", 45, List.of(assessed("security", 1.5, true, 2)),
                List.of(asked(CSRF, "security", 20)));

        assertThat(fields(draft(technical(), design))).containsExactly("/stages/1/topics/0");
    }

    @Test
    void aTopicMayWeighDifferentlyInDifferentStages() {
        PlanDraft.Stage design = stageOf("Design", 45, List.of(assessed("security", 4.0, true, 3)),
                List.of(asked(CSRF, "security", 20)));

        assertThat(PlanValidator.validate(draft(technical(), design))).isEmpty();
    }

    @Test
    void questionMinutesMustFitTheStage() {
        // 30 + 30 = 60 fits a 60-minute stage exactly; 30 + 31 = 61 does not
        PlanDraft.Stage exact = stageOf("Technical", 60, List.of(assessed("security", 2.0, true, 3)),
                List.of(asked(JWT, "security", 30), asked(CSRF, "security", 30)));
        PlanDraft.Stage over = stageOf("Technical", 60, List.of(assessed("security", 2.0, true, 3)),
                List.of(asked(JWT, "security", 30), asked(CSRF, "security", 31)));

        assertThat(PlanValidator.validate(draft(exact))).isEmpty();
        List<FieldProblem> problems = PlanValidator.validate(draft(over));
        assertThat(problems).extracting(FieldProblem::field).containsExactly("/stages/0/questions");
        assertThat(problems.get(0).message()).contains("61", "60");
    }

    @Test
    void noQuestionAppearsTwiceInTheSameStage() {
        PlanDraft.Stage stage = stageOf("Technical", 60, List.of(assessed("security", 2.0, true, 3)),
                List.of(asked(JWT, "security", 10), asked(JWT, "security", 10)));

        assertThat(fields(draft(stage))).containsExactly("/stages/0/questions/1");
    }

    @Test
    void noQuestionAppearsTwiceAcrossStages() {
        PlanDraft.Stage design = stageOf("Design", 45, List.of(assessed("security", 1.5, true, 3)),
                List.of(asked(CSRF, "security", 20), asked(JWT, "security", 10)));

        List<FieldProblem> problems = PlanValidator.validate(draft(technical(), design));

        assertThat(problems).extracting(FieldProblem::field).containsExactly("/stages/1/questions/1");
        assertThat(problems.get(0).message()).contains("twice");
    }

    @Test
    void aRetiredQuestionCannotBeInAPlan() {
        PlanDraft.Stage design = stageOf("Design", 45, List.of(assessed("security", 1.5, true, 3)),
                List.of(retired(CSRF, "security", 20)));

        List<FieldProblem> problems = PlanValidator.validate(draft(technical(), design));

        assertThat(problems).extracting(FieldProblem::field).containsExactly("/stages/1/questions/0");
        assertThat(problems.get(0).message()).contains("retired");
    }

    @Test
    void everyProblemIsListedNotOnlyTheFirst() {
        PlanDraft.Stage technical = stageOf("Technical", 20,
                List.of(assessed("security", 2.0, true, 3), assessed("testing", 1.0, false, 2), unknownTopic("nope")),
                List.of(asked(JWT, "security", 10), retired(CSRF, "security", 15)));
        PlanDraft.Stage design = stageOf("Design", 45, List.of(assessed("security", 1.5, false, 4)),
                List.of(asked(JWT, "security", 10)));
        PlanDraft.Stage chat = stageOf("Chat", 30, List.of(), List.of());

        assertThat(fields(new PlanDraft(3.6, 3.2, List.of(technical, design, chat)))).containsExactly(
                "/policy",
                "/stages/0/topics/1",
                "/stages/0/topics/2/topicKey",
                "/stages/0/questions",
                "/stages/0/questions/1",
                "/stages/1/topics/0",
                "/stages/1/questions/0",
                "/stages/2/topics");
    }

    private static List<String> fields(PlanDraft plan) {
        return PlanValidator.validate(plan).stream().map(FieldProblem::field).toList();
    }
}
