package io.panelist.bench;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one benchmark run measured, for the report. recommendationWithoutTallies: the recommendation at the most
 * users once no score tally is kept (the load above follows a ranking of every position, which keeps them all).
 */
record BenchResults(LocalDate date, String machine, String database, String jvmOptions, Dataset dataset,
                    Startup startup, ServerProcess.Memory memoryAfterLoad, int seconds, List<LoadResult> load,
                    List<ScalingPoint> scaling, @Nullable LoadResult recommendationWithoutTallies) {

    /** The generated data set the load ran on, with its row counts and how long the generator took. */
    record Dataset(int applications, double seedSeconds, Map<String, Long> rows) {
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

    Optional<LoadResult> find(LoadScenario scenario, int users) {
        return load.stream().filter(r -> r.scenario() == scenario && r.users() == users).findFirst();
    }

    /** Throughput as a share of the baseline's at the same number of users. */
    double ratio(LoadResult result) {
        return find(LoadScenario.BASELINE, result.users()).map(LoadResult::throughput)
                .filter(baseline -> baseline > 0).map(baseline -> result.throughput() / baseline).orElse(Double.NaN);
    }
}
