package io.panelist.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One wrk run: a scenario at a number of users. Latencies in milliseconds. For autosave, {@code saves} counts the
 * PUTs answered 200 and {@code conflicts} the 412s; for booking, {@code saves} counts the 201s and {@code conflicts}
 * the other answers below 400 (wrk counts 4xx and 5xx among the errors).
 */
public record LoadResult(LoadScenario scenario, int users, long requests, double seconds, long errors, double p50,
                         double p95, double p99, double max, long saves, long conflicts) {

    public double throughput() {
        return seconds > 0 ? requests / seconds : 0;
    }

    public double savesPerSecond() {
        return seconds > 0 ? saves / seconds : 0;
    }

    /** Reads what common.lua's done() writes: one "name value" pair per line. */
    static LoadResult parse(LoadScenario scenario, int users, List<String> lines) {
        Map<String, Double> values = new HashMap<>();
        for (String line : lines) {
            String[] pair = line.trim().split("\\s+");
            if (pair.length == 2) {
                values.put(pair[0], Double.parseDouble(pair[1]));
            }
        }
        for (String required : List.of("requests", "duration_us", "p50_us", "p95_us", "p99_us")) {
            if (!values.containsKey(required)) {
                throw new IllegalArgumentException("wrk result lacks " + required + ": " + lines);
            }
        }
        long errors = 0;
        for (String kind : List.of("connect", "read", "write", "status", "timeout")) {
            errors += values.getOrDefault("errors_" + kind, 0.0).longValue();
        }
        return new LoadResult(scenario, users, values.get("requests").longValue(), values.get("duration_us") / 1e6,
                errors, values.get("p50_us") / 1e3, values.get("p95_us") / 1e3, values.get("p99_us") / 1e3,
                values.getOrDefault("max_us", 0.0) / 1e3, values.getOrDefault("saves", 0.0).longValue(),
                values.getOrDefault("conflicts", 0.0).longValue());
    }
}
