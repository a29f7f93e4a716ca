package io.panelist.bench;

import io.micronaut.core.annotation.Nullable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes {@code report.md}, its SVG charts and {@code results.csv} from one run's results. */
final class BenchReport {
    static final int[] USERS = {1, 8, 32};
    static final int TARGET_USERS = 32;

    private BenchReport() {
    }

    /** A target of the benchmark and what the run measured against it; met is null for a figure only reported. */
    record Target(String name, String measured, @Nullable Boolean met) {
    }

    static List<Target> targets(BenchResults results) {
        List<Target> targets = new ArrayList<>();
        results.find(LoadScenario.RECOMMENDATION, TARGET_USERS).ifPresent(r -> {
            double ratio = results.ratio(r);
            targets.add(new Target("Recommendation throughput ≥ 50% of the baseline's at 32 users",
                    percent(ratio), ratio >= 0.5));
            targets.add(new Target("Recommendation p99 < 50 ms at 32 users", ms(r.p99()), r.p99() < 50));
        });
        LoadResult untallied = results.recommendationWithoutTallies();
        if (untallied != null) {
            double ratio = results.ratio(untallied);
            targets.add(new Target("Recommendation read fresh (no tally kept, as after a change) ≥ 50% of the"
                    + " baseline's at " + untallied.users() + " users", percent(ratio), ratio >= 0.5));
            targets.add(new Target("Recommendation read fresh: p99 < 50 ms at " + untallied.users() + " users",
                    ms(untallied.p99()), untallied.p99() < 50));
        }
        if (results.dataset() != null && results.dataset().estimate() != null) {
            PanelistJar.SeverityEstimate estimate = results.dataset().estimate();
            targets.add(new Target(String.format(Locale.ROOT, "Rater severity re-estimate of the data set's %,d scores"
                    + " < 3 s", estimate.scores()), String.format(Locale.ROOT, "%.1f s", estimate.seconds()),
                    estimate.seconds() < 3));
        }
        results.find(LoadScenario.RANKING, TARGET_USERS).ifPresent(r -> targets.add(new Target(
                "Ranking of " + rankingSize(results) + " applications: p95 < 200 ms at 32 users", ms(r.p95()),
                r.p95() < 200)));
        results.find(LoadScenario.SEARCH, TARGET_USERS).ifPresent(r -> targets.add(new Target(
                "Search p95 < 30 ms at 32 users", ms(r.p95()), r.p95() < 30)));
        results.find(LoadScenario.AUTOSAVE, TARGET_USERS).ifPresent(r -> targets.add(new Target(
                "Autosave ≥ 500 saves/s at 32 users", String.format(Locale.ROOT, "%,.0f saves/s", r.savesPerSecond()),
                r.savesPerSecond() >= 500)));
        results.find(LoadScenario.AGENDA, TARGET_USERS).ifPresent(r -> targets.add(new Target(
                "Agenda throughput ≥ 40% of the baseline's at 32 users", percent(results.ratio(r)),
                results.ratio(r) >= 0.4)));
        results.find(LoadScenario.SLOTS, TARGET_USERS).ifPresent(r -> targets.add(new Target(
                "Self-scheduling slots page: throughput as a share of the baseline's at 32 users (reported, no bound)",
                percent(results.ratio(r)) + ", p95 " + ms(r.p95()), null)));
        results.find(LoadScenario.FIND_TIMES, FindTimesLoad.USERS).ifPresent(r -> targets.add(new Target(
                "Find-times (a panel of 2 from " + FindTimesLoad.POOL + " interviewers over 14 days): p95 < 50 ms at "
                        + FindTimesLoad.USERS + " users", ms(r.p95()), r.p95() < 50)));
        if (results.startup() != null) {
            double startup = results.startup().withArchiveMedian();
            targets.add(new Target("Startup to a healthy /health < 3 s", String.format(Locale.ROOT,
                    "%.2f s with the class-data archive (%.2f s without)", startup,
                    results.startup().withoutArchiveSeconds()), startup < 3));
        }
        if (results.memoryAfterLoad() != null) {
            double rss = results.memoryAfterLoad().rssMb();
            targets.add(new Target("RSS after the load < 400 MB", String.format(Locale.ROOT, "%.0f MB (peak %.0f MB)",
                    rss, results.memoryAfterLoad().peakRssMb()), rss < 400));
        }
        if (results.dataset() != null && results.dataset().applications() == 10_000) {
            targets.add(new Target("10,000 applications generated in < 2 minutes",
                    String.format(Locale.ROOT, "%.0f s", results.dataset().seedSeconds()),
                    results.dataset().seedSeconds() < 120));
        }
        if (results.booking() != null) {
            BookingReport.target(results.booking()).ifPresent(targets::add);
        }
        OutboxReport.target(results.outbox()).ifPresent(targets::add);
        return targets;
    }

    static void write(BenchResults results, Path folder) {
        try {
            Files.createDirectories(folder);
            if (!results.load().isEmpty()) {
                Files.writeString(folder.resolve("throughput.svg"), BenchCharts.throughput(results));
                Files.writeString(folder.resolve("latency.svg"), BenchCharts.latency(results));
            }
            if (!results.scaling().isEmpty()) {
                Files.writeString(folder.resolve("scaling.svg"), BenchCharts.scaling(results));
            }
            Files.writeString(folder.resolve("results.csv"), csv(results));
            Files.writeString(folder.resolve("report.md"), markdown(results));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String markdown(BenchResults results) {
        StringBuilder md = new StringBuilder();
        md.append("# Panelist benchmark, ").append(results.date()).append("\n\n");
        md.append("- Machine: ").append(results.machine()).append('\n');
        md.append("- Database: ").append(results.database()).append('\n');
        md.append("- Server: `java ").append(results.jvmOptions().isBlank() ? "" : results.jvmOptions() + " ")
                .append("-jar panelist.jar`, started fresh on the data set\n");
        BenchResults.Dataset dataset = results.dataset();
        if (dataset != null) {
            md.append("- Data set: `seed --applications ").append(dataset.applications()).append("` in ")
                    .append(String.format(Locale.ROOT, "%.0f s", dataset.seedSeconds())).append(": ");
            List<String> rows = new ArrayList<>();
            dataset.rows().forEach((table, count) -> rows.add(String.format(Locale.ROOT, "%,d %s", count, table)));
            md.append(String.join(", ", rows)).append('\n');
        }
        if (!results.load().isEmpty()) {
            md.append("- Load: wrk, one connection per user, ").append(results.seconds())
                    .append(" s per row after a warm-up; ratio = throughput ÷ the baseline's at the same users\n");
        }
        md.append("\n## Targets\n\n| Target | Measured | Met |\n|---|---|---|\n");
        for (Target target : targets(results)) {
            md.append("| ").append(target.name()).append(" | ").append(target.measured()).append(" | ")
                    .append(target.met() == null ? "–" : target.met() ? "yes" : "**no**").append(" |\n");
        }
        md.append('\n');
        if (!results.load().isEmpty()) {
            md.append(loadSection(results));
        }
        if (results.startup() != null && results.memoryAfterLoad() != null) {
            md.append("## Startup and memory\n\n");
            md.append(String.format(Locale.ROOT, "- Time to a healthy `/health`: %.2f s without the class-data "
                            + "archive; with it (`-XX:SharedArchiveFile`), %s s (median %.2f s)%n",
                    results.startup().withoutArchiveSeconds(), join(results.startup().withArchiveSeconds()),
                    results.startup().withArchiveMedian()));
            md.append(String.format(Locale.ROOT, "- Resident memory after the load: %.0f MB (peak %.0f MB)%n%n",
                    results.memoryAfterLoad().rssMb(), results.memoryAfterLoad().peakRssMb()));
        }
        if (!results.scaling().isEmpty()) {
            md.append("## Scaling (one user)\n\n");
            md.append("| Applications | Per position | Recommendation p50 | p95 | Ranking p50 | p95 | Ranking p50 per application |\n");
            md.append("|---:|---:|---:|---:|---:|---:|---:|\n");
            for (BenchResults.ScalingPoint point : results.scaling()) {
                md.append(String.format(Locale.ROOT, "| %,d | %,d | %s | %s | %s | %s | %.3f ms |%n",
                        point.applications(), point.applicationsPerPosition(), ms(point.recommendation().p50()),
                        ms(point.recommendation().p95()), ms(point.ranking().p50()), ms(point.ranking().p95()),
                        point.ranking().p50() / Math.max(1, point.applicationsPerPosition())));
            }
            md.append("\nA recommendation reads one application's evidence, so it should stay flat as the table grows; ")
                    .append("a ranking reads one position's applications, so it should grow with those, not with the ")
                    .append("table.\n\n![Scaling](scaling.svg)\n\n");
        }
        if (results.booking() != null) {
            md.append(BookingReport.markdown(results.booking(), results.seconds()));
        }
        if (!results.outbox().isEmpty()) {
            md.append(OutboxReport.markdown(results.outbox()));
        }
        return md.toString();
    }

    private static String loadSection(BenchResults results) {
        StringBuilder md = new StringBuilder("## Load\n\n");
        md.append(loadTable(results));
        md.append("\nAutosave counts the PUTs answered 200 (saves/s); each user saves their own scorecard on an ")
                .append("upcoming interview with the ETag of the previous answer, as the scoring page does. ")
                .append("Slots: ").append(SlotsInputs.LINKS).append(" self-scheduling links, each for an application ")
                .append("of its own, a panel of 2 over ").append(SlotsInputs.WINDOW_DAYS).append(" days, opened ")
                .append("without signing in; the bench server allows unlimited requests per address ")
                .append("(`PANELIST_SELF_SCHEDULING_REQUESTS_PER_MINUTE`), since all of them come from one. ")
                .append("Find-times: ").append(FindTimesLoad.USERS).append(" recruiters in a loop, each asking for a ")
                .append("random application and stage, sent from Java.\n\n");
        LoadResult untallied = results.recommendationWithoutTallies();
        if (untallied != null) {
            md.append(String.format(Locale.ROOT, "The load above follows a ranking of every position, which keeps "
                            + "each application's score tally, so every recommendation in it reads one. With no tally "
                            + "kept (before any ranking, or the first read after an application's evidence changed) "
                            + "a recommendation reads its scores: at %d users, %,.0f requests/s, %s of the baseline, "
                            + "p50 %s, p95 %s, p99 %s, %d errors.%n%n", untallied.users(), untallied.throughput(),
                    percent(results.ratio(untallied)), ms(untallied.p50()), ms(untallied.p95()), ms(untallied.p99()),
                    untallied.errors()));
        }
        md.append("![Throughput as a share of the baseline](throughput.svg)\n\n");
        md.append("![Latency at 32 users](latency.svg)\n\n");
        return md.toString();
    }

    static String loadTable(BenchResults results) {
        StringBuilder md = new StringBuilder();
        md.append("| Scenario | Users | Requests/s | Ratio | p50 | p95 | p99 | Errors |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        List<LoadScenario> rows = new ArrayList<>(LoadScenario.COMPARED);
        rows.add(LoadScenario.FIND_TIMES);
        for (LoadScenario scenario : rows) {
            for (int users : USERS) {
                results.find(scenario, users).ifPresent(r -> md.append(String.format(Locale.ROOT,
                        "| %s | %d | %,.0f%s | %s | %s | %s | %s | %d |%n", scenario.label(), users, r.throughput(),
                        scenario == LoadScenario.AUTOSAVE
                                ? String.format(Locale.ROOT, " (%,.0f saves/s)", r.savesPerSecond()) : "",
                        percent(results.ratio(r)), ms(r.p50()), ms(r.p95()), ms(r.p99()), r.errors() + r.conflicts())));
            }
        }
        return md.toString();
    }

    static String csv(BenchResults results) {
        StringBuilder csv = new StringBuilder("scenario,users,requests,seconds,requests_per_s,ratio,p50_ms,p95_ms,"
                + "p99_ms,max_ms,errors,saves,conflicts\n");
        results.load().forEach(r -> csv.append(csvRow(r.scenario().label(), r, results.ratio(r))));
        if (results.booking() != null) {
            csv.append(BookingReport.csv(results.booking()));
        }
        return csv.toString();
    }

    static String csvRow(String scenario, LoadResult r, double ratio) {
        return String.format(Locale.ROOT, "%s,%d,%d,%.3f,%.1f,%.4f,%.3f,%.3f,%.3f,%.3f,%d,%d,%d%n", scenario,
                r.users(), r.requests(), r.seconds(), r.throughput(), ratio, r.p50(), r.p95(), r.p99(), r.max(),
                r.errors(), r.saves(), r.conflicts());
    }

    private static int rankingSize(BenchResults results) {
        return results.scaling().stream().filter(p -> p.applications() == results.dataset().applications())
                .mapToInt(BenchResults.ScalingPoint::applicationsPerPosition).findFirst()
                .orElse(results.dataset().applications() / 20);
    }

    static String ms(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, value < 10 ? "%.1f ms" : "%.0f ms", value);
    }

    static String percent(double ratio) {
        return Double.isNaN(ratio) ? "–" : String.format(Locale.ROOT, "%.0f%%", 100 * ratio);
    }

    private static String join(List<Double> seconds) {
        return String.join(", ", seconds.stream().map(s -> String.format(Locale.ROOT, "%.2f", s)).toList());
    }
}
