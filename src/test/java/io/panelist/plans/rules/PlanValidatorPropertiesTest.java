package io.panelist.plans.rules;

import io.panelist.shared.problem.FieldProblem;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the plan rules over random plans. A random valid plan draws each topic's mustHave and minScore once
 * per plan (so a topic used in several stages agrees with itself), gives every stage 1-3 topics, each asked by 1-2
 * questions of its own with fresh ids, and stage minutes at least the questions' sum.
 */
class PlanValidatorPropertiesTest {
    private static final List<String> KEYS = List.of("security", "testing", "operations", "collaboration", "design");

    /** A plan's settings per topic key, so that stages drawn later agree with the earlier ones. */
    record Settings(Map<String, Boolean> mustHave, Map<String, Integer> minScore) {
    }

    record World(Settings settings, PlanDraft plan, PlanDraft.Stage extra) {
    }

    @Property(tries = 300)
    void aRandomValidPlanHasNoProblems(@ForAll("worlds") World world) {
        assertThat(PlanValidator.validate(world.plan())).isEmpty();
    }

    @Property(tries = 300)
    void addingAValidStageToAValidPlanKeepsItValid(@ForAll("worlds") World world, @ForAll @IntRange(max = 8) int at) {
        List<PlanDraft.Stage> stages = new ArrayList<>(world.plan().stages());
        stages.add(Math.min(at, stages.size()), world.extra());

        assertThat(PlanValidator.validate(new PlanDraft(world.plan().hireThreshold(),
                world.plan().strongHireThreshold(), stages))).isEmpty();
    }

    @Property(tries = 300)
    void anyPlanWithAStageWithoutTopicsIsInvalidAndSaysWhichStage(@ForAll("worlds") World world,
                                                                 @ForAll @IntRange(max = 8) int at,
                                                                 @ForAll @IntRange(max = 120) int minutes) {
        List<PlanDraft.Stage> stages = new ArrayList<>(world.plan().stages());
        int index = Math.min(at, stages.size());
        stages.add(index, new PlanDraft.Stage("Empty", minutes, List.of(), List.of()));

        List<FieldProblem> problems = PlanValidator.validate(new PlanDraft(world.plan().hireThreshold(),
                world.plan().strongHireThreshold(), stages));

        assertThat(problems).extracting(FieldProblem::field).contains("/stages/" + index + "/topics");
    }

    @Property(tries = 300)
    void aQuestionRepeatedInAnotherStageMakesAValidPlanInvalid(@ForAll("worlds") World world) {
        PlanDraft.Question repeated = world.plan().stages().get(0).questions().get(0);
        PlanDraft.Stage extra = world.extra();
        List<PlanDraft.Question> questions = new ArrayList<>(extra.questions());
        questions.add(repeated);
        List<PlanDraft.Stage> stages = new ArrayList<>(world.plan().stages());
        stages.add(new PlanDraft.Stage(extra.name(), extra.minutes() + repeated.minutes(), extra.topics(), questions));

        assertThat(PlanValidator.validate(new PlanDraft(world.plan().hireThreshold(),
                world.plan().strongHireThreshold(), stages))).isNotEmpty();
    }

    @Property(tries = 500)
    void theReportNeverThrowsAndEveryProblemPointsIntoThePlan(@ForAll("anyPlans") PlanDraft plan) {
        List<FieldProblem> problems = PlanValidator.validate(plan);

        assertThat(problems).allSatisfy(problem -> {
            assertThat(problem.field()).matches("/(policy|stages)(/\\d+(/(topics|questions)(/\\d+(/topicKey)?)?)?)?");
            assertThat(problem.message()).isNotBlank();
        });
        boolean thresholdsOk = 1 <= plan.hireThreshold() && plan.hireThreshold() <= plan.strongHireThreshold()
                && plan.strongHireThreshold() <= 4;
        assertThat(problems.stream().anyMatch(p -> p.field().equals("/policy"))).isEqualTo(!thresholdsOk);
    }

    @Provide
    Arbitrary<World> worlds() {
        Arbitrary<Settings> settings = Combinators.combine(
                Arbitraries.of(true, false).list().ofSize(KEYS.size()),
                Arbitraries.integers().between(1, 4).list().ofSize(KEYS.size()))
                .as((must, min) -> new Settings(
                        IntStream.range(0, KEYS.size()).boxed().collect(Collectors.toMap(KEYS::get, must::get)),
                        IntStream.range(0, KEYS.size()).boxed().collect(Collectors.toMap(KEYS::get, min::get))));
        return settings.flatMap(s -> Combinators.combine(
                Arbitraries.doubles().between(1, 4).ofScale(2),
                Arbitraries.doubles().between(0, 3).ofScale(2),
                validStage(s).list().ofMinSize(1).ofMaxSize(4),
                validStage(s))
                .as((hire, gap, stages, extra) -> new World(s,
                        new PlanDraft(hire, Math.min(4, hire + gap), stages), extra)));
    }

    private Arbitrary<PlanDraft.Stage> validStage(Settings settings) {
        Arbitrary<PlanDraft.Topic> topic = Combinators.combine(Arbitraries.of(KEYS),
                Arbitraries.doubles().between(0.1, 5).ofScale(1))
                .as((key, weight) -> new PlanDraft.Topic(key, true, weight, settings.mustHave().get(key),
                        settings.minScore().get(key)));
        return Combinators.combine(
                topic.list().ofMinSize(1).ofMaxSize(3).uniqueElements(PlanDraft.Topic::topicKey),
                Arbitraries.integers().between(1, 15).list().ofMinSize(2).ofMaxSize(2),
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 30))
                .as((topics, minutes, extraQuestions, slack) -> {
                    List<PlanDraft.Question> questions = new ArrayList<>();
                    for (PlanDraft.Topic t : topics) {
                        questions.add(new PlanDraft.Question(UUID.randomUUID(), t.topicKey(), minutes.get(0), false));
                        if (extraQuestions > 1) {
                            questions.add(new PlanDraft.Question(UUID.randomUUID(), t.topicKey(), minutes.get(1),
                                    false));
                        }
                    }
                    int total = questions.stream().mapToInt(PlanDraft.Question::minutes).sum();
                    return new PlanDraft.Stage("Stage", total + slack, topics, questions);
                });
    }

    /** Anything at all: thresholds outside the range or not numbers, repeated topics and questions, odd minutes. */
    @Provide
    Arbitrary<PlanDraft> anyPlans() {
        List<UUID> ids = IntStream.range(0, 4).mapToObj(i -> new UUID(0, i)).toList();
        Arbitrary<PlanDraft.Topic> topic = Combinators.combine(Arbitraries.of(KEYS), Arbitraries.of(true, false),
                Arbitraries.doubles().between(-2, 5), Arbitraries.of(true, false), Arbitraries.integers().between(-1, 6))
                .as(PlanDraft.Topic::new);
        Arbitrary<PlanDraft.Question> question = Combinators.combine(Arbitraries.of(ids), Arbitraries.of(KEYS),
                Arbitraries.integers().between(-10, 200), Arbitraries.of(true, false)).as(PlanDraft.Question::new);
        Arbitrary<PlanDraft.Stage> stage = Combinators.combine(Arbitraries.strings().ofMaxLength(5),
                Arbitraries.integers().between(-10, 200), topic.list().ofMaxSize(4), question.list().ofMaxSize(4))
                .as(PlanDraft.Stage::new);
        Arbitrary<Double> threshold = Arbitraries.oneOf(Arbitraries.doubles().between(-1, 6),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1.0, 4.0));
        return Combinators.combine(threshold, threshold, stage.list().ofMaxSize(4)).as(PlanDraft::new);
    }
}
