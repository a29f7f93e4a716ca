package io.panelist.plans;

import io.micronaut.context.annotation.Requires;
import io.panelist.identity.IdentityService;
import io.panelist.identity.Role;
import io.panelist.questionbank.QuestionResponse;
import io.panelist.questionbank.QuestionService;
import io.panelist.recruiting.positions.PositionService;
import io.panelist.shared.database.SeedContent;
import io.panelist.shared.Viewer;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo's published plan for "Backend Engineer (Flask)", built from the built-in pack in four rounds. Testing,
 * security, operations and collaboration are must-haves: an offer needs evidence of each.
 */
@Singleton
@Requires(env = "demo")
class DemoPlan implements SeedContent {
    static final String NAME = "Backend Engineer (Flask)";
    private final PlanService plans;
    private final PositionService positions;
    private final QuestionService questions;
    private final IdentityService identity;

    DemoPlan(PlanService plans, PositionService positions, QuestionService questions, IdentityService identity) {
        this.plans = plans;
        this.positions = positions;
        this.questions = questions;
        this.identity = identity;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void seed() {
        var admin = identity.userByEmail("admin@example.com");
        var position = positions.findByTitle(NAME);
        if (admin.isEmpty() || position.isEmpty()) {
            return;
        }
        Viewer system = new Viewer(admin.get().id(), Set.of(Role.ADMIN.name()));
        if (plans.listPlans(system, position.get().id(), null, io.panelist.shared.Paging.of(0, 1)).total() > 0) {
            return;
        }
        List<SavePlanRequest.StageInput> stages = stages();
        if (stages == null) {
            return;
        }
        PlanResponse draft = plans.createPlan(system, new SavePlanRequest(position.get().id(), NAME,
                new SavePlanRequest.Policy(new BigDecimal("3.0"), new BigDecimal("3.5")), stages));
        plans.publishPlan(system, draft.id(), java.util.OptionalLong.empty());
    }

    /** The four rounds; null when the bank lacks a question they use (the built-in pack was turned off). */
    private List<SavePlanRequest.StageInput> stages() {
        List<List<String>> keys = List.of(
                List.of("fundamentals-flask-vs-django", "fundamentals-wsgi-contract", "routing-status-codes"),
                List.of("security-csrf-protection", "security-session-cookie", "data-n-plus-one",
                        "lifecycle-contexts-explained", "testing-db-fixtures"),
                List.of("deploy-migrations-in-release", "deploy-health-checks", "perf-connection-pool",
                        "concurrency-async-views", "structure-circular-imports"),
                List.of("testing-mock-external", "collab-technical-disagreement", "collab-reviewing-others"));
        Map<String, QuestionResponse> bank = questions.currentQuestionsByKey(keys.stream().flatMap(List::stream).toList());
        if (bank.size() != keys.stream().mapToInt(List::size).sum()) {
            return null;
        }
        return List.of(
                stage("Phone screen", StageKind.SCREEN, 30, keys.get(0), bank,
                        topic("flask-fundamentals", "1.0", false, 2), topic("routing-api-design", "1.0", false, 2)),
                stage("Technical deep dive", StageKind.TECHNICAL, 60, keys.get(1), bank,
                        topic("security", "2.0", true, 3), topic("data-migrations", "1.5", false, 2),
                        topic("request-lifecycle", "1.0", false, 2), topic("testing-ci", "2.0", true, 3)),
                stage("System design and operations", StageKind.DESIGN, 60, keys.get(2), bank,
                        topic("deployment-operations", "2.0", true, 3), topic("performance-scaling", "1.5", false, 2),
                        topic("concurrency-background", "1.0", false, 2), topic("app-structure", "1.0", false, 2)),
                stage("Code quality and collaboration", StageKind.BEHAVIORAL, 45, keys.get(3), bank,
                        topic("testing-ci", "1.0", true, 3), topic("collaboration", "2.0", true, 3)));
    }

    private static SavePlanRequest.StageInput stage(String name, StageKind kind, int minutes, List<String> questionKeys,
                                                    Map<String, QuestionResponse> bank,
                                                    SavePlanRequest.TopicInput... topics) {
        return new SavePlanRequest.StageInput(null, name, kind, minutes, List.of(topics), questionKeys.stream()
                .map(key -> new SavePlanRequest.QuestionInput(bank.get(key).id(), null, null)).toList());
    }

    private static SavePlanRequest.TopicInput topic(String key, String weight, boolean mustHave, int minScore) {
        return new SavePlanRequest.TopicInput(key, new BigDecimal(weight), mustHave, minScore);
    }
}
