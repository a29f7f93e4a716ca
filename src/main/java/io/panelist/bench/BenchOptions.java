package io.panelist.bench;

import io.micronaut.core.annotation.Nullable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The bench command line, with its defaults. {@code baselineJar}: another build to run the booking scenario on. */
record BenchOptions(int applications, List<Integer> scaling, int seconds, int warmUpSeconds, Path out,
                    List<String> jvmOptions, Set<Part> parts, int outboxMessages, @Nullable Path baselineJar) {
    static final String USAGE = """
            usage: java -jar panelist.jar bench [--applications N] [--scaling 1000,10000] [--with-100k]
                                                [--seconds S] [--warm-up S] [--out DIR] [--jvm "OPTIONS"]
                                                [--only load,outbox,booking] [--outbox-messages N]
                                                [--baseline-jar PATH]
              --applications     the data set the load runs on (default 10000: 20 positions of 500)
              --scaling          sizes at which the recommendation and the ranking are timed (default 1000,10000)
              --with-100k        also time them at 100,000 applications (about 6 more minutes)
              --seconds          length of each measured run (default 10); --warm-up before each scenario (default 5)
              --out              where the report goes (default target/bench)
              --jvm              options for the server's JVM (default: the ones README.md recommends)
              --only             the parts to run (default all): load (startup, the seven scenarios, find-times, memory,
                                 scaling), outbox (mails sent per second by one and by two instances), booking (booking
                                 interviews at 1, 8 and 32 users)
              --outbox-messages  mails the outbox part sends per run (default 5000)
              --baseline-jar     another build of Panelist (such as the commit before the outbox) to run the booking
                                 scenario on as well, in turns with this one, for a before/after ratio
            Needs wrk (sudo apt-get install wrk). Uses the PostgreSQL server of DATASOURCES_DEFAULT_URL when set
            (creating databases panelist_bench_<name>, so its user needs CREATEDB), else an embedded PostgreSQL.""";
    static final List<String> DEFAULT_JVM = List.of("-XX:+UseSerialGC", "-Xmx256m");
    /**
     * How many times longer the heavy requests warm up (a booking renders mails and calendars; find-times searches
     * panels): their code is still being compiled after the other scenarios' warm-up, and measured runs that start
     * too early show them speeding up within the run.
     */
    static final int LONG_WARM_UP_TIMES = 4;

    /** The warm-up of the heavy requests: booking and find-times. */
    int longWarmUpSeconds() {
        return LONG_WARM_UP_TIMES * warmUpSeconds;
    }

    /** What a run measures; {@code --only} picks some of them. */
    enum Part {
        LOAD, OUTBOX, BOOKING
    }

    BenchOptions {
        scaling = List.copyOf(scaling);
        jvmOptions = List.copyOf(jvmOptions);
        parts = Set.copyOf(parts);
    }

    boolean runs(Part part) {
        return parts.contains(part);
    }

    static BenchOptions parse(String[] args) {
        int applications = 10_000;
        List<Integer> scaling = new ArrayList<>(List.of(1_000, 10_000));
        boolean with100k = false;
        int seconds = 10;
        int warmUp = 5;
        Path out = Path.of("target", "bench");
        List<String> jvm = DEFAULT_JVM;
        Set<Part> parts = EnumSet.allOf(Part.class);
        int outboxMessages = 5_000;
        Path baselineJar = null;
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
                case "--only" -> parts = parts(value);
                case "--outbox-messages" -> outboxMessages = number(value, 1_000_000);
                case "--baseline-jar" -> baselineJar = jar(value);
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
        if (baselineJar != null && !parts.contains(Part.BOOKING)) {
            throw new IllegalArgumentException("--baseline-jar is for the booking part, which --only leaves out");
        }
        return new BenchOptions(applications, scaling.stream().distinct().sorted().toList(), seconds, warmUp, out, jvm,
                parts, outboxMessages, baselineJar);
    }

    private static Set<Part> parts(String value) {
        Set<Part> parts = EnumSet.noneOf(Part.class);
        for (String name : value.split(",")) {
            try {
                parts.add(Part.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--only takes load, outbox and booking, not '" + name.trim() + "'");
            }
        }
        return parts;
    }

    private static Path jar(String value) {
        Path jar = Path.of(value).toAbsolutePath();
        if (!Files.isRegularFile(jar) || !jar.toString().endsWith(".jar")) {
            throw new IllegalArgumentException("--baseline-jar " + value + " is not a jar file");
        }
        return jar;
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
