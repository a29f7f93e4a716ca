package io.panelist.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar panelist.jar bench}: generates a data set in a fresh database, starts the packaged server on it
 * (timing startup with and without a class-data archive), loads the hot paths with wrk at 1, 8 and 32 users, reads
 * the server's memory, repeats the recommendation and the ranking on other data-set sizes, and writes
 * {@code target/bench/report.md} with its charts.
 */
public final class BenchCommand {
    public static final String NAME = "bench";
    static final int OK = 0;
    static final int FAILED = 1;
    static final int REFUSED = 2;
    static final int[] USERS = BenchReport.USERS;
    private static final int STARTS_WITH_ARCHIVE = 3;
    private static final int WARM_UP_USERS = 8;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final long SETTLE_MILLIS = 6_000;

    /** The command line, with its defaults. */
    record Options(int applications, List<Integer> scaling, int seconds, int warmUpSeconds, Path out,
                   List<String> jvmOptions) {
        static final String USAGE = """
                usage: java -jar panelist.jar bench [--applications N] [--scaling 1000,10000] [--with-100k]
                                                    [--seconds S] [--warm-up S] [--out DIR] [--jvm "OPTIONS"]
                  --applications  the data set the load runs on (default 10000: 20 positions of 500)
                  --scaling       sizes at which the recommendation and the ranking are timed (default 1000,10000)
                  --with-100k     also time them at 100,000 applications (about 6 more minutes)
                  --seconds       length of each measured run (default 10); --warm-up before each scenario (default 5)
                  --out           where the report goes (default target/bench)
                  --jvm           options for the server's JVM (default: the ones README.md recommends)
                Needs wrk (sudo apt-get install wrk). Uses the PostgreSQL server of DATASOURCES_DEFAULT_URL when set
                (creating databases panelist_bench_<N>, so its user needs CREATEDB), else an embedded PostgreSQL.""";
        static final List<String> DEFAULT_JVM = List.of("-XX:+UseSerialGC", "-Xmx256m");

        static Options parse(String[] args) {
            int applications = 10_000;
            List<Integer> scaling = new ArrayList<>(List.of(1_000, 10_000));
            boolean with100k = false;
            int seconds = 10;
            int warmUp = 5;
            Path out = Path.of("target", "bench");
            List<String> jvm = DEFAULT_JVM;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--with-100k")) {
                    with100k = true;
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                String value = args[++i];
                switch (arg) {
                    case "--applications" -> applications = number(value, DatasetGenerator.MAX_APPLICATIONS);
                    case "--scaling" -> {
                        scaling = new ArrayList<>();
                        for (String size : value.split(",")) {
                            scaling.add(number(size.trim(), DatasetGenerator.MAX_APPLICATIONS));
                        }
                    }
                    case "--seconds" -> seconds = number(value, 3600);
                    case "--warm-up" -> warmUp = number(value, 3600);
                    case "--out" -> out = Path.of(value);
                    case "--jvm" -> jvm = value.isBlank() ? List.of() : List.of(value.trim().split("\\s+"));
                    default -> throw new IllegalArgumentException("unknown argument " + arg);
                }
            }
            if (with100k && !scaling.contains(100_000)) {
                scaling.add(100_000);
            }
            if (applications < 300) {
                throw new IllegalArgumentException("--applications must be at least 300, so that 32 interviewers "
                        + "have interviews to score");
            }
            return new Options(applications, scaling.stream().distinct().sorted().toList(), seconds, warmUp, out, jvm);
        }

        private static int number(String value, int max) {
            int n;
            try {
                n = Integer.parseInt(value.replace("_", "").replace(",", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number: " + value);
            }
            if (n < 1 || n > max) {
                throw new IllegalArgumentException(value + " is out of range (1 to " + max + ")");
            }
            return n;
        }
    }

    private final Options options;
    private final Map<String, String> env;
    private final PrintStream out;
    private final Path jar;
    private final String jwtSecret;

    private BenchCommand(Options options, Map<String, String> env, PrintStream out, Path jar) {
        this.options = options;
        this.env = env;
        this.out = out;
        this.jar = jar;
        byte[] secret = new byte[48];
        new SecureRandom().nextBytes(secret);
        this.jwtSecret = Base64.getEncoder().encodeToString(secret);
    }

    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("bench: " + e.getMessage() + "\n" + Options.USAGE);
            return REFUSED;
        }
        if (!Wrk.available()) {
            err.println("bench: wrk is not installed; on Debian or Ubuntu: sudo apt-get install wrk");
            return REFUSED;
        }
        Path jar = ownJar();
        if (jar == null) {
            err.println("bench: run it from the packaged jar: ./mvnw -q package -DskipTests && "
                    + "java -jar target/panelist-0.1.0.jar bench");
            return REFUSED;
        }
        try {
            Path report = new BenchCommand(options, env, out, jar).benchmark();
            out.println("Report: " + report.toAbsolutePath());
            return OK;
        } catch (RuntimeException e) {
            err.println("bench failed: " + e.getMessage());
            return FAILED;
        }
    }

    private Path benchmark() {
        Path folder = options.out();
        try (BenchDatabases databases = BenchDatabases.open(env, folder)) {
            out.println("Databases: " + databases.describe());
            BenchDatabases.Database database = databases.fresh(options.applications());
            double seedSeconds = seed(database, options.applications());
            Path archive = folder.resolve("panelist.jsa").toAbsolutePath();
            Files.deleteIfExists(archive);
            List<LoadScenario> all = List.of(LoadScenario.values());

            out.println("Startup without a class-data archive (this run writes one)");
            double coldStart;
            try (ServerProcess server = start(database, List.of("-XX:ArchiveClassesAtExit=" + archive), "training")) {
                coldStart = server.startupSeconds();
                out.printf(Locale.ROOT, "  healthy after %.2f s; warming every scenario up%n", coldStart);
                warmUp(server, LoadInputs.prepare(database::connect, server.baseUrl(), WARM_UP_USERS, all, folder.resolve("inputs")), all);
            }
            List<Double> starts = new ArrayList<>();
            for (int i = 1; i < STARTS_WITH_ARCHIVE; i++) {
                try (ServerProcess server = start(database, List.of("-XX:SharedArchiveFile=" + archive), "start-" + i)) {
                    starts.add(server.startupSeconds());
                }
            }
            List<LoadResult> load = new ArrayList<>();
            List<BenchResults.ScalingPoint> scaling = new ArrayList<>();
            ServerProcess.Memory memory;
            LoadResult withoutTallies;
            try (ServerProcess server = start(database, List.of("-XX:SharedArchiveFile=" + archive), "load")) {
                starts.add(server.startupSeconds());
                out.printf(Locale.ROOT, "Startup with the archive: %s s%n", starts);
                int maxUsers = USERS[USERS.length - 1];
                LoadInputs inputs = LoadInputs.prepare(database::connect, server.baseUrl(), maxUsers, all, folder.resolve("inputs"));
                Wrk wrk = Wrk.prepare(folder, server.baseUrl());
                warmUp(server, inputs, all);
                out.println("Load (" + options.seconds() + " s each):");
                for (int users : USERS) {
                    for (LoadScenario scenario : all) {
                        LoadResult result = wrk.run(scenario, users, options.seconds(), inputs.of(scenario));
                        load.add(result);
                        out.println("  " + line(result));
                        settle();
                    }
                }
                out.println("  " + FindTimesLoad.run(database::connect, server.baseUrl(), 8, options.seconds()));
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
            BenchResults results = new BenchResults(LocalDate.now(), machine(), databases.describe(),
                    String.join(" ", options.jvmOptions()) + " -XX:SharedArchiveFile=panelist.jsa",
                    new BenchResults.Dataset(options.applications(), seedSeconds, rows(database)),
                    new BenchResults.Startup(coldStart, starts), memory, options.seconds(), load, scaling,
                    withoutTallies);
            BenchReport.write(results, folder);
            return folder.resolve("report.md");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        settle();
        LoadResult result = wrk.run(LoadScenario.RECOMMENDATION, users, options.seconds(),
                inputs.of(LoadScenario.RECOMMENDATION));
        out.println("  " + line(result) + " (no score tally kept)");
        return result;
    }

    /** Seeds a fresh database of another size and times the recommendation and the ranking, one user at a time. */
    private BenchResults.ScalingPoint scalingRun(BenchDatabases databases, int size, Path archive) {
        BenchDatabases.Database database = databases.fresh(size);
        double seedSeconds = seed(database, size);
        List<LoadScenario> timed = List.of(LoadScenario.RECOMMENDATION, LoadScenario.RANKING);
        Path folder = options.out().resolve("scaling-" + size);
        try (ServerProcess server = start(database, List.of("-XX:SharedArchiveFile=" + archive), "scaling-" + size)) {
            LoadInputs inputs = LoadInputs.prepare(database::connect, server.baseUrl(), 1, timed, folder.resolve("inputs"));
            Wrk wrk = Wrk.prepare(folder, server.baseUrl());
            warmUp(server, inputs, timed);
            return scalingPoint(wrk, inputs, size, seedSeconds);
        }
    }

    private BenchResults.ScalingPoint scalingPoint(Wrk wrk, LoadInputs inputs, int size, double seedSeconds) {
        LoadResult recommendation = wrk.run(LoadScenario.RECOMMENDATION, 1, options.seconds(),
                inputs.of(LoadScenario.RECOMMENDATION));
        LoadResult ranking = wrk.run(LoadScenario.RANKING, 1, options.seconds(), inputs.of(LoadScenario.RANKING));
        out.printf(Locale.ROOT, "Scaling at %,d applications (%,d per position): recommendation p50 %s, ranking p50 %s%n",
                size, inputs.applicationsPerPosition(), BenchReport.ms(recommendation.p50()),
                BenchReport.ms(ranking.p50()));
        return new BenchResults.ScalingPoint(size, inputs.applicationsPerPosition(), seedSeconds, recommendation, ranking);
    }

    /**
     * Lets requests still queued when wrk stops (32 rankings take seconds) finish before the next run starts, so that
     * one scenario's backlog is never measured as the next one's latency.
     */
    private static void settle() {
        try {
            Thread.sleep(SETTLE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void warmUp(ServerProcess server, LoadInputs inputs, List<LoadScenario> scenarios) {
        if (scenarios.contains(LoadScenario.RANKING)) {
            rankEveryPositionOnce(server, inputs);
        }
        if (options.warmUpSeconds() == 0) {
            return;
        }
        Wrk wrk = Wrk.prepare(options.out().resolve("warm-up"), server.baseUrl());
        for (LoadScenario scenario : scenarios) {
            wrk.run(scenario, WARM_UP_USERS, options.warmUpSeconds(), inputs.of(scenario));
            settle();
        }
    }

    /**
     * A generated data set has no stored verdicts yet: the first ranking of each position decides and stores them
     * all, as after any bulk load. That is done here, once per position and timed, so that the load measures rankings
     * as they are once a position has been ranked before.
     */
    private void rankEveryPositionOnce(ServerProcess server, LoadInputs inputs) {
        List<Path> ranking = inputs.of(LoadScenario.RANKING);
        try {
            String token = Files.readAllLines(ranking.get(0)).get(0).trim();
            long slowest = 0;
            List<String> paths = Files.readAllLines(ranking.get(1)).stream().filter(p -> !p.isBlank()).toList();
            for (String path : paths) {
                long started = System.nanoTime();
                HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                        .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("the first ranking of " + path + " answered " + response.statusCode());
                }
                slowest = Math.max(slowest, System.nanoTime() - started);
            }
            out.printf(Locale.ROOT, "  first ranking of each of %d positions (deciding and storing its verdicts): "
                    + "slowest %,d ms%n", paths.size(), TimeUnit.NANOSECONDS.toMillis(slowest));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while ranking every position once", e);
        }
    }

    private ServerProcess start(BenchDatabases.Database database, List<String> extraOptions, String name) {
        List<String> jvm = new ArrayList<>(options.jvmOptions());
        jvm.addAll(extraOptions);
        try {
            Path logs = Files.createDirectories(options.out().resolve("logs"));
            return ServerProcess.start(jar, jvm, database, freePort(), jwtSecret, logs.resolve("server-" + name + ".log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code java -jar panelist.jar seed} as its own process, as the README documents it, and times it. */
    private double seed(BenchDatabases.Database database, int applications) {
        out.printf(Locale.ROOT, "Generating %,d applications in %s%n", applications, database.name());
        List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"), "-jar", jar.toString(),
                SeedCommand.NAME, "--applications", String.valueOf(applications));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("MICRONAUT_ENVIRONMENTS");
        builder.environment().remove("PANELIST_DATA_DIR");
        builder.environment().putAll(database.environment());
        long start = System.nanoTime();
        try {
            Process process = builder.start();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                lines.lines().filter(line -> line.startsWith("  ") || line.startsWith("Done") || line.startsWith("seed"))
                        .forEach(line -> out.println("  " + line.strip()));
            }
            if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != SeedCommand.OK) {
                throw new IllegalStateException("seed --applications " + applications + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return (System.nanoTime() - start) / 1e9;
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

    static String line(LoadResult r) {
        return String.format(Locale.ROOT, "%-15s %2d users %8.0f req/s%s  p50 %s  p95 %s  p99 %s  errors %d",
                r.scenario().label(), r.users(), r.throughput(),
                r.scenario() == LoadScenario.AUTOSAVE ? String.format(Locale.ROOT, " (%.0f saves/s)", r.savesPerSecond()) : "",
                BenchReport.ms(r.p50()), BenchReport.ms(r.p95()), BenchReport.ms(r.p99()), r.errors() + r.conflicts());
    }

    private static String machine() {
        long memoryKb = 0;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    memoryKb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            memoryKb = 0;
        }
        return String.format(Locale.ROOT, "%d cores, %s, %s %s, Java %s, %s", Runtime.getRuntime().availableProcessors(),
                memoryKb > 0 ? String.format(Locale.ROOT, "%.0f GB memory", memoryKb / 1024.0 / 1024.0) : "memory unknown",
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("java.version"),
                wrkVersion());
    }

    private static String wrkVersion() {
        try {
            Process process = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            String first = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                    .findFirst().orElse("wrk");
            process.waitFor(10, TimeUnit.SECONDS);
            return first.replaceAll("\\s*\\[.*", "").strip();
        } catch (IOException e) {
            return "wrk";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "wrk";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Path ownJar() {
        try {
            Path location = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.toString().endsWith(".jar") ? location.toAbsolutePath() : null;
        } catch (URISyntaxException | SecurityException e) {
            return null;
        }
    }
}
