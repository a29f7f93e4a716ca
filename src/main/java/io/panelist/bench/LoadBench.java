package io.panelist.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The load part of the benchmark: generates a data set, times startup with and without a class-data archive, loads
 * the seven compared scenarios with wrk at 1, 8 and 32 users and find-times at 8, reads the server's memory, the
 * recommendation with no tally kept, and the recommendation and the ranking at other data-set sizes.
 */
final class LoadBench {
    private static final int STARTS_WITH_ARCHIVE = 3;
    private static final int WARM_UP_USERS = 8;
    /**
     * The candidates' endpoints allow 60 requests a minute per client address, and every request of the benchmark
     * comes from one address: the slots scenario would be refused (429) after its first minute's 60.
     */
    static final Map<String, String> PUBLIC_REQUESTS_UNLIMITED = Map.of(
            "PANELIST_SELF_SCHEDULING_REQUESTS_PER_MINUTE", "100000000");

    /** What the load part measured. */
    record Measured(BenchResults.Dataset dataset, BenchResults.Startup startup, ServerProcess.Memory memory,
                    List<LoadResult> load, List<BenchResults.ScalingPoint> scaling, LoadResult withoutTallies) {
    }

    private final BenchOptions options;
    private final PanelistJar jar;
    private final PrintStream out;

    LoadBench(BenchOptions options, PanelistJar jar, PrintStream out) {
        this.options = options;
        this.jar = jar;
        this.out = out;
    }

    Measured run(BenchDatabases databases) throws IOException {
        Path folder = options.out();
        BenchDatabases.Database database = databases.fresh(options.applications());
        PanelistJar.Seeded seeded = jar.seed(database, options.applications());
        double seedSeconds = seeded.seconds();
        Path archive = folder.resolve("panelist.jsa").toAbsolutePath();
        Files.deleteIfExists(archive);
        List<LoadScenario> all = LoadScenario.COMPARED;

        out.println("Startup without a class-data archive (this run writes one)");
        double coldStart;
        try (ServerProcess server = start(database, "-XX:ArchiveClassesAtExit=" + archive, "training")) {
            coldStart = server.startupSeconds();
            out.printf(Locale.ROOT, "  healthy after %.2f s; warming every scenario up%n", coldStart);
            warmUp(server, LoadInputs.prepare(database::connect, server.baseUrl(), WARM_UP_USERS, all,
                    folder.resolve("inputs")), all);
        }
        List<Double> starts = new ArrayList<>();
        for (int i = 1; i < STARTS_WITH_ARCHIVE; i++) {
            try (ServerProcess server = start(database, "-XX:SharedArchiveFile=" + archive, "start-" + i)) {
                starts.add(server.startupSeconds());
            }
        }
        List<LoadResult> load = new ArrayList<>();
        List<BenchResults.ScalingPoint> scaling = new ArrayList<>();
        ServerProcess.Memory memory;
        LoadResult withoutTallies;
        try (ServerProcess server = start(database, "-XX:SharedArchiveFile=" + archive, "load")) {
            starts.add(server.startupSeconds());
            out.printf(Locale.ROOT, "Startup with the archive: %s s%n", starts);
            int maxUsers = BenchReport.USERS[BenchReport.USERS.length - 1];
            LoadInputs inputs = LoadInputs.prepare(database::connect, server.baseUrl(), maxUsers, all,
                    folder.resolve("inputs"));
            Wrk wrk = Wrk.prepare(folder, server.baseUrl());
            warmUp(server, inputs, all);
            out.println("Load (" + options.seconds() + " s each):");
            for (int users : BenchReport.USERS) {
                for (LoadScenario scenario : all) {
                    LoadResult result = wrk.run(scenario, users, options.seconds(), inputs.of(scenario));
                    load.add(result);
                    out.println("  " + BenchCommand.line(result));
                    Wrk.settle();
                }
            }
            FindTimesLoad.run(database::connect, server.baseUrl(), FindTimesLoad.USERS, options.longWarmUpSeconds());
            Wrk.settle();
            LoadResult findTimes = FindTimesLoad.run(database::connect, server.baseUrl(), FindTimesLoad.USERS,
                    options.seconds());
            load.add(findTimes);
            out.println("  " + BenchCommand.line(findTimes));
            memory = server.memory();
            out.printf(Locale.ROOT, "Memory after the load: %.0f MB resident (peak %.0f MB)%n", memory.rssMb(),
                    memory.peakRssMb());
            if (options.scaling().contains(options.applications())) {
                scaling.add(scalingPoint(wrk, inputs, options.applications(), seedSeconds));
            }
            withoutTallies = recommendationWithoutTallies(database, wrk, inputs, maxUsers);
        }
        for (int size : options.scaling()) {
            if (size != options.applications()) {
                scaling.add(scalingRun(databases, size, archive));
            }
        }
        scaling.sort((a, b) -> Integer.compare(a.applications(), b.applications()));
        return new Measured(new BenchResults.Dataset(options.applications(), seedSeconds, rows(database),
                seeded.estimate()),
                new BenchResults.Startup(coldStart, starts), memory, load, scaling, withoutTallies);
    }

    /**
     * The recommendation again, once no score tally is kept: as before any ranking, or as the first read after an
     * application's evidence changed. Last, since rankings keep tallies only for verdicts they decide afresh.
     */
    private LoadResult recommendationWithoutTallies(BenchDatabases.Database database, Wrk wrk, LoadInputs inputs,
                                                    int users) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM application_tallies");
        } catch (SQLException e) {
            throw new IllegalStateException("could not set the kept tallies aside: " + e.getMessage(), e);
        }
        Wrk.settle();
        LoadResult result = wrk.run(LoadScenario.RECOMMENDATION, users, options.seconds(),
                inputs.of(LoadScenario.RECOMMENDATION));
        out.println("  " + BenchCommand.line(result) + " (no score tally kept)");
        return result;
    }

    /** Seeds a fresh database of another size and times the recommendation and the ranking, one user at a time. */
    private BenchResults.ScalingPoint scalingRun(BenchDatabases databases, int size, Path archive) {
        BenchDatabases.Database database = databases.fresh(size);
        double seedSeconds = jar.seed(database, size).seconds();
        List<LoadScenario> timed = List.of(LoadScenario.RECOMMENDATION, LoadScenario.RANKING);
        Path folder = options.out().resolve("scaling-" + size);
        try (ServerProcess server = start(database, "-XX:SharedArchiveFile=" + archive, "scaling-" + size)) {
            LoadInputs inputs = LoadInputs.prepare(database::connect, server.baseUrl(), 1, timed,
                    folder.resolve("inputs"));
            Wrk wrk = Wrk.prepare(folder, server.baseUrl());
            warmUp(server, inputs, timed);
            return scalingPoint(wrk, inputs, size, seedSeconds);
        }
    }

    private BenchResults.ScalingPoint scalingPoint(Wrk wrk, LoadInputs inputs, int size, double seedSeconds) {
        LoadResult recommendation = wrk.run(LoadScenario.RECOMMENDATION, 1, options.seconds(),
                inputs.of(LoadScenario.RECOMMENDATION));
        LoadResult ranking = wrk.run(LoadScenario.RANKING, 1, options.seconds(), inputs.of(LoadScenario.RANKING));
        out.printf(Locale.ROOT, "Scaling at %,d applications (%,d per position): recommendation p50 %s, "
                        + "ranking p50 %s%n", size, inputs.applicationsPerPosition(),
                BenchReport.ms(recommendation.p50()), BenchReport.ms(ranking.p50()));
        return new BenchResults.ScalingPoint(size, inputs.applicationsPerPosition(), seedSeconds, recommendation,
                ranking);
    }

    private void warmUp(ServerProcess server, LoadInputs inputs, List<LoadScenario> scenarios) {
        if (scenarios.contains(LoadScenario.RANKING)) {
            FirstRankings.rankEveryPositionOnce(server, inputs, out);
        }
        if (options.warmUpSeconds() == 0) {
            return;
        }
        Wrk wrk = Wrk.prepare(options.out().resolve("warm-up"), server.baseUrl());
        for (LoadScenario scenario : scenarios) {
            wrk.run(scenario, WARM_UP_USERS, options.warmUpSeconds(), inputs.of(scenario));
            Wrk.settle();
        }
    }

    private ServerProcess start(BenchDatabases.Database database, String archiveOption, String name) {
        return jar.start(database, List.of(archiveOption), PUBLIC_REQUESTS_UNLIMITED, name);
    }

    private static Map<String, Long> rows(BenchDatabases.Database database) {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String[] count : new String[][] {
                    {"interviewers", "SELECT count(*) FROM users WHERE 'INTERVIEWER' = ANY (roles)"},
                    {"positions", "SELECT count(*) FROM positions"},
                    {"applications", "SELECT count(*) FROM applications"},
                    {"interviews", "SELECT count(*) FROM interviews"},
                    {"submitted scorecards", "SELECT count(*) FROM scorecards WHERE status = 'SUBMITTED'"},
                    {"topic scores", "SELECT count(*) FROM topic_scores"}}) {
                try (ResultSet rs = statement.executeQuery(count[1])) {
                    rs.next();
                    rows.put(count[0], rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count the data set: " + e.getMessage(), e);
        }
        return rows;
    }
}
