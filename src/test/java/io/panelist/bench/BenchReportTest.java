package io.panelist.bench;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The report's arithmetic, its verdicts on the targets, and that its charts are well-formed SVG. */
class BenchReportTest {

    @Test
    void readsWhatTheWrkScriptWrites() {
        LoadResult result = LoadResult.parse(LoadScenario.AUTOSAVE, 32, List.of("requests 6000", "duration_us 10000000",
                "errors_connect 0", "errors_read 1", "errors_write 0", "errors_status 2", "errors_timeout 0",
                "p50_us 12500", "p95_us 30000", "p99_us 45100", "max_us 90000", "mean_us 14000.5", "saves 5968",
                "conflicts 0"));

        assertThat(result.throughput()).isEqualTo(600.0);
        assertThat(result.savesPerSecond()).isEqualTo(596.8);
        assertThat(result.errors()).isEqualTo(3);
        assertThat(result.p50()).isEqualTo(12.5);
        assertThat(result.p99()).isEqualTo(45.1);
        assertThatThrownBy(() -> LoadResult.parse(LoadScenario.BASELINE, 1, List.of("requests 10")))
                .hasMessageContaining("duration_us");
    }

    @Test
    void comparesEachScenarioWithTheBaselineAtTheSameUsersAndJudgesTheTargets() {
        BenchResults results = results(List.of(
                run(LoadScenario.BASELINE, 32, 2000, 10, 20, 30, 0),
                run(LoadScenario.RECOMMENDATION, 32, 1200, 20, 40, 45, 0),
                run(LoadScenario.RANKING, 32, 40, 600, 900, 1000, 0),
                run(LoadScenario.SEARCH, 32, 1500, 15, 25, 40, 0),
                run(LoadScenario.AUTOSAVE, 32, 460, 50, 80, 90, 460),
                run(LoadScenario.BASELINE, 1, 800, 1, 2, 3, 0),
                run(LoadScenario.RECOMMENDATION, 1, 100, 1, 2, 3, 0)));

        assertThat(results.ratio(results.find(LoadScenario.RECOMMENDATION, 32).orElseThrow())).isEqualTo(0.6);
        assertThat(results.ratio(results.find(LoadScenario.RECOMMENDATION, 1).orElseThrow())).isEqualTo(0.125);
        Map<String, Boolean> verdicts = new LinkedHashMap<>();
        BenchReport.targets(results).forEach(t -> verdicts.put(t.name(), t.met()));
        assertThat(verdicts).containsEntry("Recommendation throughput ≥ 50% of the baseline's at 32 users", true)
                .containsEntry("Recommendation p99 < 50 ms at 32 users", true)
                .containsEntry("Ranking of 500 applications: p95 < 200 ms at 32 users", false)
                .containsEntry("Search p95 < 30 ms at 32 users", true)
                .containsEntry("Autosave ≥ 500 saves/s at 32 users", false)
                .containsEntry("Startup to a healthy /health < 3 s", true)
                .containsEntry("RSS after the load < 400 MB", true)
                .containsEntry("10,000 applications generated in < 2 minutes", true)
                .containsEntry("Recommendation read fresh (no tally kept, as after a change) ≥ 50% of the baseline's"
                        + " at 32 users", false)
                .containsEntry("Recommendation read fresh: p99 < 50 ms at 32 users", false)
                .containsEntry("Rater severity re-estimate of the data set's 470,123 scores < 3 s", true);

        String markdown = BenchReport.markdown(results);
        assertThat(markdown).contains("| recommendation | 32 | 1,200 | 60% | 20 ms | 40 ms | 45 ms | 0 |")
                .contains("| autosave | 32 | 460 (460 saves/s) | 23% |")
                .contains("| Ranking of 500 applications: p95 < 200 ms at 32 users | 900 ms | **no** |")
                .contains("| 10,000 | 500 | 1.0 ms | 2.0 ms | 600 ms | 900 ms | 1.200 ms |")
                .contains("![Scaling](scaling.svg)")
                .contains("With no tally kept (before any ranking, or the first read after an application's evidence "
                        + "changed) a recommendation reads its scores: at 32 users, 900 requests/s, 45% of the "
                        + "baseline, p50 25 ms, p95 50 ms, p99 70 ms, 0 errors.");
        assertThat(BenchReport.csv(results)).startsWith("scenario,users,requests").contains("recommendation,32,12000,");
    }

    @Test
    void judgesTheAgendaAndFindTimesAndReportsTheSlotsPageAgainstTheBaseline() {
        BenchResults results = results(List.of(
                run(LoadScenario.BASELINE, 8, 2400, 3, 6, 9, 0),
                run(LoadScenario.BASELINE, 32, 2000, 10, 20, 30, 0),
                run(LoadScenario.AGENDA, 32, 900, 30, 60, 80, 0),
                run(LoadScenario.SLOTS, 32, 150, 200, 300, 400, 0),
                run(LoadScenario.FIND_TIMES, 8, 240, 30, 55, 70, 0)));

        assertThat(BenchReport.targets(results)).extracting(BenchReport.Target::name, BenchReport.Target::measured,
                BenchReport.Target::met).contains(
                tuple("Agenda throughput ≥ 40% of the baseline's at 32 users", "45%", true),
                tuple("Self-scheduling slots page: throughput as a share of the baseline's at 32 users "
                        + "(reported, no bound)", "8%, p95 300 ms", null),
                tuple("Find-times (a panel of 2 from 60 interviewers over 14 days): p95 < 50 ms at 8 users", "55 ms",
                        false));
        String markdown = BenchReport.markdown(results);
        assertThat(markdown).contains("| agenda | 32 | 900 | 45% | 30 ms | 60 ms | 80 ms | 0 |")
                .contains("| slots | 32 | 150 | 8% | 200 ms | 300 ms | 400 ms | 0 |")
                .contains("| find-times | 8 | 240 | 10% | 30 ms | 55 ms | 70 ms | 0 |")
                .contains("| Self-scheduling slots page: throughput as a share of the baseline's at 32 users "
                        + "(reported, no bound) | 8%, p95 300 ms | – |")
                .contains("| Find-times (a panel of 2 from 60 interviewers over 14 days): p95 < 50 ms at 8 users "
                        + "| 55 ms | **no** |")
                .contains("`PANELIST_SELF_SCHEDULING_REQUESTS_PER_MINUTE`");
        assertThat(BenchReport.csv(results)).contains("slots,32,1500,").contains("find-times,8,2400,");
    }

    @Test
    void timesFindTimesFromTheLatenciesItCollected() {
        List<Long> nanos = new ArrayList<>();
        for (long ms = 1; ms <= 100; ms++) {
            nanos.add(ms * 1_000_000);
        }

        LoadResult result = FindTimesLoad.result(8, 10, nanos, 2);

        assertThat(result.scenario()).isEqualTo(LoadScenario.FIND_TIMES);
        assertThat(result.throughput()).isEqualTo(10.0);
        assertThat(result.p50()).isEqualTo(51.0);
        assertThat(result.p95()).isEqualTo(96.0);
        assertThat(result.p99()).isEqualTo(100.0);
        assertThat(result.max()).isEqualTo(100.0);
        assertThat(result.errors()).isEqualTo(2);
        assertThat(FindTimesLoad.result(8, 10, List.of(), 0).p95()).isNaN();
    }

    @Test
    void writesTheReportWithWellFormedChartsWhoseLabelsAreEscaped(@org.junit.jupiter.api.io.TempDir Path folder)
            throws Exception {
        BenchResults results = results(List.of(run(LoadScenario.BASELINE, 32, 2000, 10, 20, 30, 0),
                run(LoadScenario.RANKING, 32, 40, 600, 900, 1000, 0)));

        BenchReport.write(results, folder);

        for (String chart : List.of("throughput.svg", "latency.svg", "scaling.svg")) {
            Document svg = xml(Files.readString(folder.resolve(chart)));
            assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
            assertThat(svg.getElementsByTagName("title").getLength()).isPositive();
        }
        assertThat(Files.readString(folder.resolve("report.md"))).contains("# Panelist benchmark, 2026-11-21");
        String chart = SvgCharts.groupedBars("A < B & \"C\"", "ms", List.of("<script>"),
                List.of(new SvgCharts.Series("p50 & p95", new double[] {3.0})), Double.NaN, "");
        assertThat(chart).doesNotContain("<script>").contains("&lt;script&gt;").contains("A &lt; B &amp; &quot;C&quot;");
        assertThat(xml(chart).getDocumentElement().getTagName()).isEqualTo("svg");
    }

    @Test
    void readsTheCommandLineWithItsDefaults() {
        BenchOptions defaults = BenchOptions.parse(new String[0]);
        assertThat(defaults.applications()).isEqualTo(10_000);
        assertThat(defaults.scaling()).containsExactly(1_000, 10_000);
        assertThat(defaults.seconds()).isEqualTo(10);
        assertThat(defaults.jvmOptions()).isEqualTo(BenchOptions.DEFAULT_JVM);
        assertThat(defaults.parts()).containsExactlyInAnyOrder(BenchOptions.Part.values());
        assertThat(defaults.outboxMessages()).isEqualTo(5_000);
        assertThat(defaults.baselineJar()).isNull();

        BenchOptions chosen = BenchOptions.parse(new String[] {"--applications", "2,000",
                "--scaling", "1000, 5000", "--with-100k", "--seconds", "5", "--jvm", "-Xmx512m -XX:+UseG1GC"});
        assertThat(chosen.applications()).isEqualTo(2_000);
        assertThat(chosen.scaling()).containsExactly(1_000, 5_000, 100_000);
        assertThat(chosen.jvmOptions()).containsExactly("-Xmx512m", "-XX:+UseG1GC");

        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--applications", "100"}))
                .hasMessageContaining("at least 300");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--seconds", "soon"}))
                .hasMessageContaining("not a number");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--fast"}))
                .hasMessageContaining("needs a value");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--fast", "yes"}))
                .hasMessageContaining("unknown argument --fast");
    }

    @Test
    void runsOnlyThePartsNamedAndTakesABaselineJarForBooking(@org.junit.jupiter.api.io.TempDir Path folder)
            throws Exception {
        Path jar = Files.createFile(folder.resolve("panelist-before.jar"));

        BenchOptions only = BenchOptions.parse(new String[] {"--only", "outbox, Booking", "--outbox-messages", "1,000",
                "--baseline-jar", jar.toString()});

        assertThat(only.parts()).containsExactlyInAnyOrder(BenchOptions.Part.OUTBOX, BenchOptions.Part.BOOKING);
        assertThat(only.runs(BenchOptions.Part.LOAD)).isFalse();
        assertThat(only.outboxMessages()).isEqualTo(1_000);
        assertThat(only.baselineJar()).isEqualTo(jar.toAbsolutePath());
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--only", "outbox,mail"}))
                .hasMessageContaining("not 'mail'");
        String missing = folder.resolve("none.jar").toString();
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--baseline-jar", missing}))
                .hasMessageContaining("is not a jar file");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--only", "load", "--baseline-jar", jar.toString()}))
                .hasMessageContaining("for the booking part");
    }

    @Test
    void namesEachSizesDatabaseOnTheConfiguredServer() {
        assertThat(BenchDatabases.urlOf("jdbc:postgresql://db.example.com:5433/panelist?sslmode=require",
                "panelist_bench_1000")).isEqualTo("jdbc:postgresql://db.example.com:5433/panelist_bench_1000?sslmode=require");
        assertThat(BenchDatabases.urlOf("jdbc:postgresql://127.0.0.1/postgres", "panelist_bench_10"))
                .isEqualTo("jdbc:postgresql://127.0.0.1/panelist_bench_10");
        assertThatThrownBy(() -> BenchDatabases.urlOf("jdbc:mysql://localhost/x", "y"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static BenchResults results(List<LoadResult> load) {
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("applications", 10_000L);
        List<BenchResults.ScalingPoint> scaling = new ArrayList<>();
        scaling.add(new BenchResults.ScalingPoint(1_000, 50, 12, run(LoadScenario.RECOMMENDATION, 1, 100, 1, 2, 3, 0),
                run(LoadScenario.RANKING, 1, 20, 60, 90, 100, 0)));
        scaling.add(new BenchResults.ScalingPoint(10_000, 500, 40, run(LoadScenario.RECOMMENDATION, 1, 100, 1, 2, 3, 0),
                run(LoadScenario.RANKING, 1, 2, 600, 900, 1000, 0)));
        return new BenchResults(LocalDate.of(2026, 11, 21), "2 cores", "PostgreSQL 16", "-Xmx256m",
                new BenchResults.Dataset(10_000, 40, rows,
                        new PanelistJar.SeverityEstimate(470_123, 1.3)), new BenchResults.Startup(3.5, List.of(2.1, 1.9, 2.4)),
                new ServerProcess.Memory(300, 320), 10, load, scaling,
                run(LoadScenario.RECOMMENDATION, 32, 900, 25, 50, 70, 0), List.of(), null);
    }

    static LoadResult run(LoadScenario scenario, int users, double perSecond, double p50, double p95, double p99,
                                  long saves) {
        return new LoadResult(scenario, users, Math.round(perSecond * 10), 10, 0, p50, p95, p99, p99 * 2, saves * 10, 0);
    }

    static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
