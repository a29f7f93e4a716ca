package io.panelist.plans.rules;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.panelist.plans.PlanFixtures.asked;
import static io.panelist.plans.PlanFixtures.assessed;
import static io.panelist.plans.PlanFixtures.draft;
import static io.panelist.plans.PlanFixtures.stageOf;
import static org.assertj.core.api.Assertions.assertThat;

/** The coverage summary: per topic, the stages that assess it, total weight, questions, must-have. */
class PlanCoverageTest {

    @Test
    void sumsWeightsAndCountsQuestionsPerTopicAcrossStages() {
        // Screen (30):      security 1.0 must-have, collaboration 1.0;  questions: 1 security, 1 collaboration
        // Technical (60):   security 2.0 must-have, testing 1.5;        questions: 2 security, 1 testing
        // Behavioral (45):  collaboration 2.0 must-have, testing 0.5;   questions: 2 collaboration, 1 testing
        PlanDraft plan = draft(
                stageOf("Screen", 30, List.of(assessed("security", 1.0, true, 3), assessed("collaboration", 1.0, false, 2)),
                        List.of(asked(id(1), "security", 10), asked(id(2), "collaboration", 10))),
                stageOf("Technical", 60, List.of(assessed("security", 2.0, true, 3), assessed("testing", 1.5, false, 2)),
                        List.of(asked(id(3), "security", 15), asked(id(4), "security", 15), asked(id(5), "testing", 20))),
                stageOf("Behavioral", 45, List.of(assessed("collaboration", 2.0, true, 2), assessed("testing", 0.5, false, 2)),
                        List.of(asked(id(6), "collaboration", 10), asked(id(7), "collaboration", 10),
                                asked(id(8), "testing", 10))));

        assertThat(PlanCoverage.of(plan)).containsExactly(
                new PlanCoverage.Entry("security", List.of("Screen", "Technical"), 3.0, 3, true),
                new PlanCoverage.Entry("collaboration", List.of("Screen", "Behavioral"), 3.0, 3, true),
                new PlanCoverage.Entry("testing", List.of("Technical", "Behavioral"), 2.0, 2, false));
    }

    @Test
    void aTopicIsAMustHaveWhenAnyStageMakesItOne() {
        PlanDraft plan = draft(
                stageOf("Screen", 30, List.of(assessed("security", 1.0, false, 3)), List.of(asked(id(1), "security", 10))),
                stageOf("Technical", 60, List.of(assessed("security", 2.5, true, 3)), List.of(asked(id(2), "security", 10))));

        assertThat(PlanCoverage.of(plan)).containsExactly(
                new PlanCoverage.Entry("security", List.of("Screen", "Technical"), 3.5, 2, true));
    }

    @Test
    void aTopicNoQuestionAsksAboutHasZeroQuestions() {
        PlanDraft plan = draft(stageOf("Technical", 60,
                List.of(assessed("security", 2.0, true, 3), assessed("testing", 1.0, false, 2)),
                List.of(asked(id(1), "security", 10))));

        assertThat(PlanCoverage.of(plan)).containsExactly(
                new PlanCoverage.Entry("security", List.of("Technical"), 2.0, 1, true),
                new PlanCoverage.Entry("testing", List.of("Technical"), 1.0, 0, false));
    }

    @Test
    void topicsAreListedInTheOrderTheyFirstAppear() {
        PlanDraft plan = draft(
                stageOf("One", 30, List.of(assessed("testing", 1.0, false, 2)), List.of()),
                stageOf("Two", 30, List.of(assessed("api-design", 1.0, false, 2), assessed("testing", 1.0, false, 2)),
                        List.of()),
                stageOf("Three", 30, List.of(assessed("collaboration", 1.0, false, 2)), List.of()));

        assertThat(PlanCoverage.of(plan)).extracting(PlanCoverage.Entry::topicKey)
                .containsExactly("testing", "api-design", "collaboration");
    }

    @Test
    void aPlanWithoutStagesCoversNothing() {
        assertThat(PlanCoverage.of(draft())).isEmpty();
    }

    private static UUID id(int n) {
        return new UUID(0, n);
    }
}
