package io.panelist.bench;

import io.panelist.bench.BenchOptions.Part;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar panelist.jar bench}: runs the parts of the benchmark that {@code --only} names (all by default) and
 * writes {@code target/bench/report.md} with its charts. The load part ({@link LoadBench}) generates a data set, times
 * startup, loads the hot paths with wrk at 1, 8 and 32 users, reads the server's memory and repeats the recommendation
 * and the ranking on other data-set sizes; the booking part ({@link BookingBench}) books interviews at 1, 8 and 32
 * users, on this build and on a baseline build when one is given; the outbox part ({@link OutboxBench}) times the
 * sending of mails by one and by two server instances.
 */
public final class BenchCommand {
    public static final String NAME = "bench";
    static final int OK = 0;
    static final int FAILED = 1;
    static final int REFUSED = 2;

    private final BenchOptions options;
    private final Map<String, String> env;
    private final PrintStream out;
    private final Path jar;
    private final String jwtSecret;

    private BenchCommand(BenchOptions options, Map<String, String> env, PrintStream out, Path jar) {
        this.options = options;
        this.env = env;
        this.out = out;
        this.jar = jar;
        byte[] secret = new byte[48];
        new SecureRandom().nextBytes(secret);
        this.jwtSecret = Base64.getEncoder().encodeToString(secret);
    }

    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("bench: " + e.getMessage() + "\n" + BenchOptions.USAGE);
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
            PanelistJar current = jar(jar);
            LoadBench.Measured load = options.runs(Part.LOAD) ? new LoadBench(options, current, out).run(databases)
                    : null;
            BenchResults.Booking booking = options.runs(Part.BOOKING) ? new BookingBench(options, out).run(databases,
                    current, options.baselineJar() == null ? null : jar(options.baselineJar())) : null;
            List<BenchResults.OutboxRun> outbox = options.runs(Part.OUTBOX)
                    ? new OutboxBench(options, out).run(databases, current) : List.of();
            String jvm = String.join(" ", options.jvmOptions());
            BenchResults results = load == null
                    ? new BenchResults(LocalDate.now(), machine(), databases.describe(), jvm, null, null, null,
                            options.seconds(), List.of(), List.of(), null, outbox, booking)
                    : new BenchResults(LocalDate.now(), machine(), databases.describe(),
                            jvm + " -XX:SharedArchiveFile=panelist.jsa", load.dataset(), load.startup(), load.memory(),
                            options.seconds(), load.load(), load.scaling(), load.withoutTallies(), outbox, booking);
            BenchReport.write(results, folder);
            return folder.resolve("report.md");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PanelistJar jar(Path path) {
        return new PanelistJar(path, options.jvmOptions(), jwtSecret, options.out().resolve("logs"), out);
    }

    static String line(LoadResult r) {
        String writes = switch (r.scenario()) {
            case AUTOSAVE -> String.format(Locale.ROOT, " (%.0f saves/s)", r.savesPerSecond());
            case BOOKING -> String.format(Locale.ROOT, " (%.0f booked/s)", r.savesPerSecond());
            default -> "";
        };
        return String.format(Locale.ROOT, "%-15s %2d users %8.0f req/s%s  p50 %s  p95 %s  p99 %s  errors %d",
                r.scenario().label(), r.users(), r.throughput(), writes, BenchReport.ms(r.p50()),
                BenchReport.ms(r.p95()), BenchReport.ms(r.p99()), r.errors() + r.conflicts());
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

    private static Path ownJar() {
        try {
            Path location = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.toString().endsWith(".jar") ? location.toAbsolutePath() : null;
        } catch (URISyntaxException | SecurityException e) {
            return null;
        }
    }
}
