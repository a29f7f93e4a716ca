package io.panelist.web.plans;

import io.panelist.plans.PlanResponse;
import io.panelist.plans.PlanStatus;
import io.panelist.shared.problem.FieldProblem;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The validation report and the coverage summary beside the builder, re-rendered after every save. It also carries
 * what the page must learn from a save: the version it now edits and the ids of the stages in order.
 */
record ReportView(boolean draft, boolean valid, boolean refused, List<ProblemLine> problems, List<CoverageRow> coverage,
                  long editVersion, String stageIds, String totalMinutes, int stageCount) {

    /** A problem in words: where (stage, topic or question by name) and what. {@code pointer} lets the page focus it. */
    record ProblemLine(String pointer, String where, String message) {
    }

    record CoverageRow(String name, String topicKey, String stages, String weight, int questions, boolean mustHave) {
    }

    /** One line over the list: ready, or how many problems are left. */
    public String headline() {
        if (valid) {
            return "Ready to publish: every plan rule holds.";
        }
        return problems.size() == 1 ? "1 problem to fix before publishing." : problems.size() + " problems to fix before publishing.";
    }

    public String stagesLine() {
        return (stageCount == 1 ? "1 stage" : stageCount + " stages") + " · " + totalMinutes + " in all";
    }

    static ReportView of(PlanResponse plan) {
        return of(plan, false);
    }

    /** {@code refused}: the report answers a publish that the problems stopped. */
    static ReportView of(PlanResponse plan, boolean refused) {
        List<ProblemLine> problems = plan.problems().stream().map(p -> line(plan, p)).toList();
        List<CoverageRow> coverage = plan.coverage().stream().map(c -> new CoverageRow(c.name(), c.topicKey(),
                String.join(", ", c.stages()), PlanWording.number(c.totalWeight()), c.questions(), c.mustHave())).toList();
        int minutes = plan.stages().stream().mapToInt(PlanResponse.Stage::minutes).sum();
        return new ReportView(plan.status() == PlanStatus.DRAFT, plan.valid(), refused, problems, coverage,
                plan.editVersion(), plan.stages().stream().map(s -> s.id().toString()).collect(Collectors.joining(",")),
                PlanWording.minutes(minutes), plan.stages().size());
    }

    private static ProblemLine line(PlanResponse plan, FieldProblem problem) {
        return new ProblemLine(problem.field(), where(plan, problem.field()), problem.message());
    }

    /** "/stages/1/topics/0/topicKey" reads "Stage 2 · Technical deep dive · topic Security". */
    static String where(PlanResponse plan, String pointer) {
        String[] parts = pointer.startsWith("/") ? pointer.substring(1).split("/") : pointer.split("/");
        if (parts.length == 0 || !parts[0].equals("stages")) {
            return parts.length > 0 && parts[0].equals("policy") ? "Decision policy" : "The plan";
        }
        Integer stage = parts.length > 1 ? index(parts[1]) : null;
        if (stage == null || stage >= plan.stages().size()) {
            return "Stages";
        }
        PlanResponse.Stage s = plan.stages().get(stage);
        String at = "Stage " + (stage + 1) + " · " + s.name();
        if (parts.length < 3) {
            return at;
        }
        Integer item = parts.length > 3 ? index(parts[3]) : null;
        if (parts[2].equals("topics")) {
            return item == null || item >= s.topics().size() ? at + " · topics"
                    : at + " · topic " + s.topics().get(item).name();
        }
        if (parts[2].equals("questions")) {
            return item == null ? at + " · questions" : at + " · question " + (item + 1);
        }
        return at;
    }

    private static Integer index(String part) {
        try {
            return Integer.parseInt(part);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
