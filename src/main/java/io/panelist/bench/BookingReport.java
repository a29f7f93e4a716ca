package io.panelist.bench;

import java.util.Locale;
import java.util.Optional;

/** The report's booking section: this build and the baseline build, side by side at each number of users. */
final class BookingReport {
    static final int COMPARED_USERS = 8;
    /** The bound: booking may be at most 20% slower than on the baseline build, at 8 users. */
    static final double LEAST_RATIO = 0.8;

    private BookingReport() {
    }

    /** Whether this build books at least 80% as many interviews a second as the baseline build at 8 users. */
    static Optional<BenchReport.Target> target(BenchResults.Booking booking) {
        double ratio = booking.ratio(COMPARED_USERS);
        if (Double.isNaN(ratio)) {
            return Optional.empty();
        }
        return Optional.of(new BenchReport.Target("Booking at 8 users ≥ 80% of the baseline build's bookings/s",
                String.format(Locale.ROOT, "%s (%,.0f against %,.0f booked/s)", BenchReport.percent(ratio),
                        booking.current(COMPARED_USERS).orElseThrow().bookedPerSecond(),
                        booking.baseline(COMPARED_USERS).orElseThrow().bookedPerSecond()), ratio >= LEAST_RATIO));
    }

    static String markdown(BenchResults.Booking booking, int seconds) {
        StringBuilder md = new StringBuilder("## Booking\n\n");
        md.append(String.format(Locale.ROOT, "`POST /api/v1/interviews` as %s, %d s per row after a %d s warm-up "
                        + "at 8 users: each user books for an application and a panelist of its own, each request the "
                        + "%d-minute slot after its previous one, so that no request is a double booking; only a 201 "
                        + "counts as booked (Errors: every other answer). No SMTP server is set, so this build writes "
                        + "each booking's invitations to the outbox as HELD, in its transaction: %,d bookings wrote "
                        + "%,d mails.", BookingInputs.RECRUITER, seconds, booking.warmUpSeconds(),
                BookingInputs.MINUTES, booking.bookings(), booking.mails()));
        if (booking.baselineJar() != null) {
            md.append(" The baseline build is `").append(booking.baselineJar()).append("`, on a database its own ")
                    .append("seed command filled; both servers ran at once and were loaded in turns.");
        }
        md.append(" Server CPU: what the server's process used during the row, per booking.")
                .append("\n\n| Build | Users | Booked/s | Ratio | p50 | p95 | p99 | Errors | Server CPU |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int users : BenchReport.USERS) {
            booking.current(users).ifPresent(r -> md.append(row("this build", r, booking.ratio(users))));
            booking.baseline(users).ifPresent(r -> md.append(row("baseline build", r, 1)));
        }
        double ratio = booking.ratio(COMPARED_USERS);
        if (!Double.isNaN(ratio)) {
            BenchResults.BookingRun now = booking.current(COMPARED_USERS).orElseThrow();
            BenchResults.BookingRun before = booking.baseline(COMPARED_USERS).orElseThrow();
            md.append(String.format(Locale.ROOT, "%nAt %d users this build books %,.0f interviews a second, %s of the "
                            + "baseline build's %,.0f (p95 %s against %s; server CPU %.1f ms a booking against "
                            + "%.1f ms).%n", COMPARED_USERS, now.bookedPerSecond(), BenchReport.percent(ratio),
                    before.bookedPerSecond(), BenchReport.ms(now.result().p95()),
                    BenchReport.ms(before.result().p95()), now.cpuMillisPerBooking(), before.cpuMillisPerBooking()));
        }
        return md.append('\n').toString();
    }

    static String csv(BenchResults.Booking booking) {
        StringBuilder csv = new StringBuilder();
        booking.current().forEach(run -> csv.append(BenchReport.csvRow("booking", run.result(),
                booking.ratio(run.result().users()))));
        booking.baseline().forEach(run -> csv.append(BenchReport.csvRow("booking-baseline-build", run.result(), 1)));
        return csv.toString();
    }

    private static String row(String build, BenchResults.BookingRun run, double ratio) {
        LoadResult r = run.result();
        return String.format(Locale.ROOT, "| %s | %d | %,.0f | %s | %s | %s | %s | %d | %.1f ms |%n", build,
                r.users(), r.savesPerSecond(), BenchReport.percent(ratio), BenchReport.ms(r.p50()),
                BenchReport.ms(r.p95()), BenchReport.ms(r.p99()), r.errors() + r.conflicts(),
                run.cpuMillisPerBooking());
    }
}
