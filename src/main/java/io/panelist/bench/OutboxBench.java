package io.panelist.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outbox part: how many mails a second the dispatchers send, with one server and with two on one database. Each
 * run starts its servers on a fresh database, with SMTP pointed at a {@link SmtpSink} and a short poll; sends an
 * untimed warm-up batch; then writes the timed batch in one transaction and times it from the commit to the last
 * {@code sent_at}. The sink's count of each Message-ID (the outbox id) shows whether every mail arrived exactly once.
 */
final class OutboxBench {
    static final String POLL = "PT0.2S";
    static final int[] INSTANCES = {1, 2};
    private static final Duration STALL_LIMIT = Duration.ofSeconds(60);
    private static final long TALLY_EVERY_MILLIS = 100;
    private static final Pattern OUTBOX_ID = Pattern.compile("<([0-9a-fA-F-]{36})@outbox\\.panelist>");

    private final BenchOptions options;
    private final PrintStream out;

    OutboxBench(BenchOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /** Mails sent before each timed batch, so that the servers' code is compiled and their pools are open. */
    static int warmUpMessages(int messages) {
        return Math.max(1, messages / 5);
    }

    List<BenchResults.OutboxRun> run(BenchDatabases databases, PanelistJar jar) {
        out.printf(Locale.ROOT, "Outbox: %,d mails per run to an SMTP sink, PANELIST_OUTBOX_POLL=%s%n",
                options.outboxMessages(), POLL);
        List<BenchResults.OutboxRun> runs = new ArrayList<>();
        for (int instances : INSTANCES) {
            BenchResults.OutboxRun run = measure(databases, jar, instances);
            out.println("  " + line(run));
            runs.add(run);
        }
        return runs;
    }

    private BenchResults.OutboxRun measure(BenchDatabases databases, PanelistJar jar, int instances) {
        BenchDatabases.Database database = databases.fresh("outbox");
        int messages = options.outboxMessages();
        try (SmtpSink sink = SmtpSink.start()) {
            Map<String, String> settings = Map.of("PANELIST_SMTP_URL", "smtp://127.0.0.1:" + sink.port(),
                    "PANELIST_MAIL_FROM", "Panelist bench <bench@example.com>", "PANELIST_OUTBOX_POLL", POLL);
            List<ServerProcess> servers = new ArrayList<>();
            OutboxFill.Batch batch;
            OutboxFill.Tally tally;
            try (Connection connection = database.connect()) {
                for (int i = 1; i <= instances; i++) {
                    servers.add(jar.start(database, List.of(), settings, "outbox-" + instances + "-" + i));
                }
                OutboxFill.insert(connection, "warm-up-" + instances, warmUpMessages(messages));
                awaitSending(connection, "warm-up-" + instances);
                batch = OutboxFill.insert(connection, "timed-" + instances, messages);
                tally = awaitSending(connection, batch.name());
            } finally {
                servers.forEach(ServerProcess::close);
            }
            return result(instances, batch, tally, sink.messageIds());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the SMTP sink", e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not fill or read the outbox: " + e.getMessage(), e);
        }
    }

    /** Waits until no mail of the batch is pending, or until none has been sent for a minute. */
    private static OutboxFill.Tally awaitSending(Connection connection, String batch) throws SQLException {
        OutboxFill.Tally tally = OutboxFill.tally(connection, batch);
        long lastProgress = System.nanoTime();
        long sent = tally.sent();
        while (tally.pending() > 0 && System.nanoTime() - lastProgress < STALL_LIMIT.toNanos()) {
            sleep();
            tally = OutboxFill.tally(connection, batch);
            if (tally.sent() > sent) {
                sent = tally.sent();
                lastProgress = System.nanoTime();
            }
        }
        return tally;
    }

    /** The run's figures: the sink's counts of the batch's Message-IDs say whether each mail arrived exactly once. */
    static BenchResults.OutboxRun result(int instances, OutboxFill.Batch batch, OutboxFill.Tally tally,
                                         Map<String, Integer> receivedByMessageId) {
        Set<UUID> ids = Set.copyOf(batch.ids());
        long received = 0;
        long distinct = 0;
        for (Map.Entry<String, Integer> arrived : receivedByMessageId.entrySet()) {
            Matcher outboxId = OUTBOX_ID.matcher(arrived.getKey());
            if (outboxId.find() && ids.contains(UUID.fromString(outboxId.group(1)))) {
                received += arrived.getValue();
                distinct++;
            }
        }
        double seconds = tally.lastSentAt() == null ? Double.NaN
                : Duration.between(batch.committedAt(), tally.lastSentAt()).toNanos() / 1e9;
        return new BenchResults.OutboxRun(instances, batch.ids().size(), warmUpMessages(batch.ids().size()), seconds,
                tally.sent(), tally.dead(), received, distinct);
    }

    static String line(BenchResults.OutboxRun run) {
        return String.format(Locale.ROOT, "%d instance%s: %,d mails sent in %.2f s, %,.0f mails/s; the sink received "
                        + "%,d (%,d duplicates, %,d missing)", run.instances(), run.instances() == 1 ? "" : "s",
                run.sent(), run.seconds(), run.messagesPerSecond(), run.received(), run.duplicates(), run.missing());
    }

    private static void sleep() {
        try {
            Thread.sleep(TALLY_EVERY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
