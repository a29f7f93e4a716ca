package io.panelist.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The counts of a fault run, as the test prints them. */
final class FaultRunReport {
    private FaultRunReport() {
    }

    static String of(Ledger ledger, FaultWindows faults, WriteChecks writes, double loadSeconds, int clients) {
        List<Ledger.Request> requests = List.copyOf(ledger.requests);
        List<Ledger.Request> refused = requests.stream().filter(Ledger.Request::refused).toList();
        List<Ledger.Request> refusedDuring = refused.stream().filter(faults::during).toList();
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "Fault run: 2 instances on one PostgreSQL, %d clients, %.1f s of load%n", clients, loadSeconds));
        faults.windows().forEach(w -> report.append(String.format(Locale.ROOT,
                "  %-62s %5.1f s to %5.1f s, %,d requests refused%n", w.fault(), faults.seconds(w.fromNanos()),
                faults.seconds(w.toNanos()), refused.stream().filter(r -> faults.during(r, w)).count())));
        line(report, "requests sent", requests.size(), "");
        line(report, "writes acknowledged (2xx)", writes.acknowledged(), writes.counts().stream()
                .map(c -> c.kind() + " " + c.acknowledged()).collect(Collectors.joining(", ")));
        line(report, "writes found in the database", writes.found(), "");
        line(report, "writes committed whose answer was lost", writes.committedWithoutAnswer(), "");
        line(report, "requests refused during the faults", refusedDuring.size(), byAnswer(refusedDuring));
        List<Ledger.Request> refusedOutside = refused.stream().filter(r -> !faults.during(r)).toList();
        line(report, "requests refused outside the faults", refusedOutside.size(), byAnswer(refusedOutside));
        return report.toString();
    }

    /** The first problems of a long list, and how many more there are: enough to start looking. */
    static List<String> shortened(List<String> problems) {
        if (problems.size() <= 20) {
            return problems;
        }
        List<String> first = new ArrayList<>(problems.subList(0, 20));
        first.add("... and " + (problems.size() - 20) + " more");
        return first;
    }

    private static void line(StringBuilder report, String what, long count, String detail) {
        report.append(String.format(Locale.ROOT, "  %-40s %,7d   %s%n", what, count, detail));
    }

    /** How the refusals were answered: {@code no answer} (connection refused or reset, timeout) or their status. */
    private static String byAnswer(List<Ledger.Request> refused) {
        Map<String, Long> answers = new TreeMap<>(refused.stream().collect(Collectors.groupingBy(
                r -> (r.status() < 0 ? "no answer" : Integer.toString(r.status())) + (r.write() ? " (write)" : " (read)"),
                Collectors.counting())));
        return answers.toString();
    }
}
