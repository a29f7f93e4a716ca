package io.panelist.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static io.panelist.bench.BenchReportTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** The report's booking and outbox sections: the before/after ratio, the mails a second and the exactly-once check. */
class BookingAndOutboxReportTest {

    @Test
    void comparesBookingWithTheBaselineBuildAtEachNumberOfUsersAndJudgesEightUsers() {
        BenchResults.Booking booking = new BenchResults.Booking(
                List.of(booked(1, 90, 10, 0, 5), booked(8, 400, 18, 0, 5), booked(32, 380, 90, 2, 5)),
                List.of(booked(1, 100, 9, 0, 2.5), booked(8, 480, 15, 0, 2.5), booked(32, 500, 70, 0, 2.5)),
                "/work/wt-before/target/panelist-0.1.0.jar", 20, 12_000, 24_000);

        assertThat(booking.ratio(1)).isEqualTo(0.9);
        assertThat(booking.ratio(8)).isEqualTo(400.0 / 480);
        assertThat(BookingReport.target(booking)).hasValueSatisfying(target -> {
            assertThat(target.name()).isEqualTo("Booking at 8 users ≥ 80% of the baseline build's bookings/s");
            assertThat(target.measured()).isEqualTo("83% (400 against 480 booked/s)");
            assertThat(target.met()).isTrue();
        });
        String markdown = BookingReport.markdown(booking, 10);
        assertThat(markdown).contains("## Booking").contains("10 s per row after a 20 s warm-up at 8 users")
                .contains("12,000 bookings wrote 24,000 mails")
                .contains("The baseline build is `/work/wt-before/target/panelist-0.1.0.jar`")
                .contains("| this build | 8 | 400 | 83% | 9.0 ms | 18 ms | 36 ms | 0 | 5.0 ms |")
                .contains("| baseline build | 8 | 480 | 100% | 7.5 ms | 15 ms | 30 ms | 0 | 2.5 ms |")
                .contains("| this build | 32 | 380 | 76% | 45 ms | 90 ms | 180 ms | 2 | 5.0 ms |")
                .contains("At 8 users this build books 400 interviews a second, 83% of the baseline build's 480 "
                        + "(p95 18 ms against 15 ms; server CPU 5.0 ms a booking against 2.5 ms).");
        assertThat(BookingReport.csv(booking)).contains("booking,8,4000,10.000,400.0,0.8333,")
                .contains("booking-baseline-build,8,4800,");

        BenchResults.Booking slower = new BenchResults.Booking(List.of(booked(8, 300, 20, 0, 5)),
                List.of(booked(8, 480, 15, 0, 5)), "before.jar", 20, 3_000, 6_000);
        assertThat(BookingReport.target(slower)).hasValueSatisfying(target -> assertThat(target.met()).isFalse());
        BenchResults.Booking alone = new BenchResults.Booking(List.of(booked(8, 300, 20, 0, 5)), List.of(), null, 20,
                3_000, 6_000);
        assertThat(BookingReport.target(alone)).isEmpty();
        assertThat(BookingReport.markdown(alone, 10)).doesNotContain("baseline build")
                .contains("| this build | 8 | 300 | – |");
    }

    @Test
    void reportsMailsPerSecondForOneAndTwoInstancesAndWhetherEachArrivedOnce() {
        List<BenchResults.OutboxRun> runs = List.of(new BenchResults.OutboxRun(1, 5_000, 1_000, 12.5, 5_000, 0, 5_000,
                5_000), new BenchResults.OutboxRun(2, 5_000, 1_000, 6.25, 5_000, 0, 5_002, 4_999));

        assertThat(runs.get(0).messagesPerSecond()).isEqualTo(400.0);
        assertThat(runs.get(1).messagesPerSecond()).isEqualTo(800.0);
        String markdown = OutboxReport.markdown(runs);
        assertThat(markdown).contains("5,000 mails per run").contains("`PANELIST_OUTBOX_POLL=PT0.2S`")
                .contains("first sends 1,000 mails untimed")
                .contains("| 1 | 5,000 | 12.50 | 400 | 5,000 | 0 | 0 | 0 | yes |")
                .contains("| 2 | 5,000 | 6.25 | 800 | 5,002 | 3 | 1 | 0 | **no** |")
                .contains("Two instances send 2.00 times as many mails a second as one.");
        assertThat(OutboxReport.target(runs)).hasValueSatisfying(target -> {
            assertThat(target.measured()).isEqualTo("3 duplicates, 1 missing");
            assertThat(target.met()).isFalse();
        });
        assertThat(OutboxReport.target(runs.subList(0, 1)))
                .hasValueSatisfying(target -> assertThat(target.met()).isTrue());
    }

    @Test
    void writesOnlyThePartsThatRan(@TempDir Path folder) throws Exception {
        BenchResults results = new BenchResults(LocalDate.of(2026, 12, 7), "2 cores", "PostgreSQL 16",
                "-XX:+UseSerialGC -Xmx256m", null, null, null, 10, List.of(), List.of(), null,
                List.of(new BenchResults.OutboxRun(1, 5_000, 1_000, 10, 5_000, 0, 5_000, 5_000)),
                new BenchResults.Booking(List.of(booked(8, 400, 18, 0, 5)), List.of(booked(8, 450, 16, 0, 5)),
                        "before.jar", 20, 4_000, 8_000));

        BenchReport.write(results, folder);

        String report = Files.readString(folder.resolve("report.md"));
        assertThat(report).contains("# Panelist benchmark, 2026-12-07").contains("## Booking").contains("## Outbox")
                .contains("| Booking at 8 users ≥ 80% of the baseline build's bookings/s "
                        + "| 89% (400 against 450 booked/s) | yes |")
                .contains("| Outbox: every mail received exactly once, with 1 and 2 instances "
                        + "| 0 duplicates, 0 missing | yes |")
                .doesNotContain("## Load").doesNotContain("Startup").doesNotContain("Data set");
        assertThat(folder.resolve("throughput.svg")).doesNotExist();
        assertThat(Files.readString(folder.resolve("results.csv"))).contains("booking,8,")
                .contains("booking-baseline-build,8,");
    }

    /** A booking run of 10 s: {@code perSecond} 201s a second, p50 half the p95 and p99 twice it. */
    private static BenchResults.BookingRun booked(int users, double perSecond, double p95, long errors,
                                                  double cpuMillisPerBooking) {
        LoadResult r = run(LoadScenario.BOOKING, users, perSecond, p95 / 2, p95, p95 * 2, (long) perSecond);
        LoadResult withErrors = new LoadResult(r.scenario(), r.users(), r.requests() + errors, r.seconds(), errors,
                r.p50(), r.p95(), r.p99(), r.max(), r.saves(), r.conflicts());
        return new BenchResults.BookingRun(withErrors, r.saves() * cpuMillisPerBooking / 1000);
    }
}
