package io.panelist.bench;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The report's outbox section: mails a second with one and with two instances, and whether each arrived once. */
final class OutboxReport {
    private OutboxReport() {
    }

    /** Whether every mail of every run was sent and received exactly once. */
    static Optional<BenchReport.Target> target(List<BenchResults.OutboxRun> runs) {
        if (runs.isEmpty()) {
            return Optional.empty();
        }
        long duplicates = runs.stream().mapToLong(BenchResults.OutboxRun::duplicates).sum();
        long missing = runs.stream().mapToLong(BenchResults.OutboxRun::missing).sum();
        return Optional.of(new BenchReport.Target("Outbox: every mail received exactly once, with 1 and 2 instances",
                String.format(Locale.ROOT, "%,d duplicates, %,d missing", duplicates, missing),
                runs.stream().allMatch(BenchResults.OutboxRun::exactlyOnce)));
    }

    static String markdown(List<BenchResults.OutboxRun> runs) {
        BenchResults.OutboxRun first = runs.get(0);
        StringBuilder md = new StringBuilder("## Outbox\n\n");
        md.append(String.format(Locale.ROOT, "%,d mails per run, written PENDING in one transaction straight into the "
                + "outbox of a fresh database, sent over SMTP to a sink inside the benchmark that counts what it "
                + "receives by Message-ID (the outbox id), by one server and then by two on the same database, with "
                + "`PANELIST_OUTBOX_POLL=%s`. Each run first sends %,d mails untimed; the time runs from the commit to "
                + "the last `sent_at`.%n%n", first.messages(), OutboxBench.POLL, first.warmUpMessages()));
        md.append("| Instances | Mails | Seconds | Mails/s | Received | Duplicates | Missing | Dead | Exactly once |\n")
                .append("|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (BenchResults.OutboxRun run : runs) {
            md.append(String.format(Locale.ROOT, "| %d | %,d | %.2f | %,.0f | %,d | %,d | %,d | %,d | %s |%n",
                    run.instances(), run.messages(), run.seconds(), run.messagesPerSecond(), run.received(),
                    run.duplicates(), run.missing(), run.dead(), run.exactlyOnce() ? "yes" : "**no**"));
        }
        Optional<BenchResults.OutboxRun> two = runs.stream().filter(run -> run.instances() == 2).findFirst();
        if (first.instances() == 1 && two.isPresent() && first.messagesPerSecond() > 0) {
            md.append(String.format(Locale.ROOT, "%nTwo instances send %.2f times as many mails a second as one.%n",
                    two.get().messagesPerSecond() / first.messagesPerSecond()));
        }
        return md.append('\n').toString();
    }
}
