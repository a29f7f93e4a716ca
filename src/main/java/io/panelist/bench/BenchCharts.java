package io.panelist.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** The report's charts of the load part: throughput against the baseline, latency at 32 users, and scaling. */
final class BenchCharts {
    private BenchCharts() {
    }

    static String throughput(BenchResults results) {
        List<LoadScenario> scenarios = LoadScenario.COMPARED;
        List<SvgCharts.Series> series = new ArrayList<>();
        for (int users : BenchReport.USERS) {
            series.add(new SvgCharts.Series(users + (users == 1 ? " user" : " users"), values(scenarios,
                    s -> results.find(s, users).map(r -> 100 * results.ratio(r)).orElse(Double.NaN))));
        }
        return SvgCharts.groupedBars("Throughput as % of GET /api/v1/me at the same users", "% of the baseline",
                scenarios.stream().map(LoadScenario::label).toList(), series, 50, "recommendation target: 50%");
    }

    static String latency(BenchResults results) {
        List<LoadScenario> scenarios = LoadScenario.COMPARED;
        List<SvgCharts.Series> series = new ArrayList<>();
        series.add(new SvgCharts.Series("p50", values(scenarios, s -> atTargetUsers(results, s, LoadResult::p50))));
        series.add(new SvgCharts.Series("p95", values(scenarios, s -> atTargetUsers(results, s, LoadResult::p95))));
        series.add(new SvgCharts.Series("p99", values(scenarios, s -> atTargetUsers(results, s, LoadResult::p99))));
        return SvgCharts.groupedBars("Latency at 32 users", "milliseconds",
                scenarios.stream().map(LoadScenario::label).toList(), series, Double.NaN, "");
    }

    static String scaling(BenchResults results) {
        List<BenchResults.ScalingPoint> points = results.scaling();
        return SvgCharts.lines("Recommendation and ranking time by data-set size (one user, p50)",
                "applications in the database (ranking: one position's share of them)", "ms",
                points.stream().map(p -> String.format(Locale.ROOT, "%,d (%,d)", p.applications(),
                        p.applicationsPerPosition())).toList(),
                List.of(new SvgCharts.Series("recommendation", points.stream()
                                .mapToDouble(p -> p.recommendation().p50()).toArray()),
                        new SvgCharts.Series("ranking", points.stream()
                                .mapToDouble(p -> p.ranking().p50()).toArray())));
    }

    private static double atTargetUsers(BenchResults results, LoadScenario scenario,
                                        ToDoubleFunction<LoadResult> metric) {
        return results.find(scenario, BenchReport.TARGET_USERS).map(metric::applyAsDouble).orElse(Double.NaN);
    }

    private static double[] values(List<LoadScenario> scenarios, Function<LoadScenario, Double> value) {
        return scenarios.stream().mapToDouble(value::apply).toArray();
    }
}
