package io.panelist.bench;

import io.micronaut.core.annotation.Nullable;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The booking part: recruiters booking interviews ({@code POST /api/v1/interviews}) at 1, 8 and 32 users, on this
 * build and, with {@code --baseline-jar}, on another one (Panelist before the outbox, say). Each build gets a fresh
 * database that its own seed command fills and a server of its own; both servers are up at once and are measured in
 * turns at each number of users, so that the two numbers of a pair are taken seconds apart on the same machine. No
 * SMTP server is set: this build writes every booking's invitations to the outbox as HELD.
 */
final class BookingBench {
    private static final int WARM_UP_USERS = 8;

    private final BenchOptions options;
    private final PrintStream out;

    BookingBench(BenchOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /** One build under load: its database, server and inputs. */
    private record Side(String name, BenchDatabases.Database database, ServerProcess server, Wrk wrk, Path folder,
                        List<Path> users, List<BenchResults.BookingRun> results) {
    }

    BenchResults.Booking run(BenchDatabases databases, PanelistJar current, @Nullable PanelistJar baseline) {
        List<PanelistJar> jars = baseline == null ? List.of(current) : List.of(current, baseline);
        List<BenchDatabases.Database> seeded = new ArrayList<>();
        for (PanelistJar jar : jars) {
            BenchDatabases.Database database = databases.fresh(jar == current ? "booking" : "booking_baseline");
            jar.seed(database, options.applications());
            seeded.add(database);
        }
        List<Side> sides = new ArrayList<>();
        try {
            for (int i = 0; i < jars.size(); i++) {
                sides.add(start(i == 0 ? "this-build" : "baseline-build", jars.get(i), seeded.get(i)));
            }
            sides.forEach(this::warmUp);
            out.println("Booking (" + options.seconds() + " s each" + (baseline == null ? "" : ", this build and "
                    + baseline.path() + " in turns") + "):");
            for (int users : BenchReport.USERS) {
                for (Side side : sides) {
                    List<Path> inputs = BookingInputs.forRun(side.database()::connect, side.users(), side.folder(),
                            "run-" + users);
                    double cpuBefore = side.server().cpuSeconds();
                    LoadResult result = side.wrk().run(LoadScenario.BOOKING, users, options.seconds(), inputs);
                    BenchResults.BookingRun run = new BenchResults.BookingRun(result,
                            side.server().cpuSeconds() - cpuBefore);
                    side.results().add(run);
                    out.printf(Locale.ROOT, "  %s  server CPU %.1f ms a booking (%s)%n", BenchCommand.line(result),
                            run.cpuMillisPerBooking(), side.name());
                    Wrk.settle();
                }
            }
        } finally {
            sides.forEach(side -> side.server().close());
        }
        long[] written = bookingsAndMails(seeded.get(0));
        return new BenchResults.Booking(sides.get(0).results(),
                sides.size() > 1 ? sides.get(1).results() : List.of(),
                baseline == null ? null : baseline.path().toString(), options.longWarmUpSeconds(), written[0],
                written[1]);
    }

    private Side start(String name, PanelistJar jar, BenchDatabases.Database database) {
        ServerProcess server = jar.start(database, List.of(), Map.of(), "booking-" + name);
        try {
            Path folder = options.out().resolve("booking").resolve(name);
            int maxUsers = BenchReport.USERS[BenchReport.USERS.length - 1];
            LoadInputs inputs = LoadInputs.prepare(database::connect, server.baseUrl(), maxUsers,
                    List.of(LoadScenario.BOOKING), folder.resolve("inputs"));
            return new Side(name, database, server, Wrk.prepare(folder, server.baseUrl()), folder.resolve("inputs"),
                    inputs.of(LoadScenario.BOOKING), new ArrayList<>());
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private void warmUp(Side side) {
        Wrk wrk = Wrk.prepare(side.folder().resolve("warm-up"), side.server().baseUrl());
        wrk.run(LoadScenario.BOOKING, WARM_UP_USERS, options.longWarmUpSeconds(),
                BookingInputs.forRun(side.database()::connect, side.users(), side.folder(), "warm-up"));
        Wrk.settle();
    }

    /** The interviews the benchmark booked on this build (the generator's have no author) and the mails written. */
    private static long[] bookingsAndMails(BenchDatabases.Database database) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("""
                     SELECT (SELECT count(*) FROM interviews WHERE created_by IS NOT NULL),
                            (SELECT count(*) FROM outbox)""")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        } catch (SQLException e) {
            throw new IllegalStateException("could not count the bookings: " + e.getMessage(), e);
        }
    }
}
