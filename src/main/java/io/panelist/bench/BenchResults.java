package io.panelist.bench;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one benchmark run measured, for the report. recommendationWithoutTallies: the recommendation at the most
 * users once no score tally is kept (the load above follows a ranking of every position, which keeps them all).
 * The load part's fields are null and empty when {@code --only} leaves it out; so are outbox and booking.
 */
record BenchResults(LocalDate date, String machine, String database, String jvmOptions, @Nullable Dataset dataset,
                    @Nullable Startup startup, @Nullable ServerProcess.Memory memoryAfterLoad, int seconds,
                    List<LoadResult> load, List<ScalingPoint> scaling,
                    @Nullable LoadResult recommendationWithoutTallies, List<OutboxRun> outbox,
                    @Nullable Booking booking) {

    BenchResults {
        load = List.copyOf(load);
        scaling = List.copyOf(scaling);
        outbox = List.copyOf(outbox);
    }

    /**
     * The generated data set the load ran on, with its row counts, how long the generator took, and the rater
     * severity estimate the seed made after loading (null: none).
     */
    record Dataset(int applications, double seedSeconds, Map<String, Long> rows,
                   @Nullable PanelistJar.SeverityEstimate estimate) {
    }

    /** Time to a healthy {@code /health}: once without the class-data archive, then with it. */
    record Startup(double withoutArchiveSeconds, List<Double> withArchiveSeconds) {
        double withArchiveMedian() {
            List<Double> sorted = withArchiveSeconds.stream().sorted().toList();
            return sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() / 2);
        }
    }

    /** The recommendation and the ranking at one size, one user at a time. */
    record ScalingPoint(int applications, int applicationsPerPosition, double seedSeconds, LoadResult recommendation,
                        LoadResult ranking) {
    }

    /**
     * One outbox run: {@code messages} mails sent by {@code instances} servers after {@code warmUpMessages} untimed
     * ones; {@code received}: how many of them the SMTP sink received, counting repeats, {@code distinct}: without.
     */
    record OutboxRun(int instances, int messages, int warmUpMessages, double seconds, long sent, long dead,
                     long received, long distinct) {
        double messagesPerSecond() {
            return seconds > 0 ? sent / seconds : Double.NaN;
        }

        long duplicates() {
            return received - distinct;
        }

        long missing() {
            return messages - distinct;
        }

        boolean exactlyOnce() {
            return sent == messages && received == messages && distinct == messages;
        }
    }

    /**
     * The booking scenario on this build and, with {@code --baseline-jar}, on that build, run in turns at each number
     * of users after a warm-up of {@code warmUpSeconds} at 8 users; {@code bookings} and {@code mails}: the interviews
     * this build's server booked in all its runs (warm-up included) and the outbox messages it wrote for them.
     */
    record Booking(List<BookingRun> current, List<BookingRun> baseline, @Nullable String baselineJar,
                   int warmUpSeconds, long bookings, long mails) {
        Booking {
            current = List.copyOf(current);
            baseline = List.copyOf(baseline);
        }

        Optional<BookingRun> current(int users) {
            return current.stream().filter(run -> run.result().users() == users).findFirst();
        }

        Optional<BookingRun> baseline(int users) {
            return baseline.stream().filter(run -> run.result().users() == users).findFirst();
        }

        /** This build's bookings per second as a share of the baseline build's at the same number of users. */
        double ratio(int users) {
            return current(users).flatMap(now -> baseline(users).filter(before -> before.bookedPerSecond() > 0)
                    .map(before -> now.bookedPerSecond() / before.bookedPerSecond())).orElse(Double.NaN);
        }
    }

    /**
     * One booking run and the CPU its server used meanwhile: on a shared machine the bookings a second move with what
     * else runs, the CPU each booking costs much less so.
     */
    record BookingRun(LoadResult result, double serverCpuSeconds) {
        double bookedPerSecond() {
            return result.savesPerSecond();
        }

        double cpuMillisPerBooking() {
            return result.saves() > 0 ? 1000 * serverCpuSeconds / result.saves() : Double.NaN;
        }
    }

    Optional<LoadResult> find(LoadScenario scenario, int users) {
        return load.stream().filter(r -> r.scenario() == scenario && r.users() == users).findFirst();
    }

    /** Throughput as a share of the baseline's at the same number of users. */
    double ratio(LoadResult result) {
        return find(LoadScenario.BASELINE, result.users()).map(LoadResult::throughput)
                .filter(baseline -> baseline > 0).map(baseline -> result.throughput() / baseline).orElse(Double.NaN);
    }
}
