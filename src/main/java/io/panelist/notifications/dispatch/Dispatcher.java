package io.panelist.notifications.dispatch;

import io.panelist.notifications.OutboxMessage;
import io.panelist.notifications.OutboxTransport;
import io.panelist.notifications.Transports;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Sends due messages, in every instance: claims a batch under a lease, sends each outside any transaction through
 * the transport of its kind, then records SENT or the failure (retried with backoff, DEAD after the last attempt).
 * {@link DispatchSchedule} runs it every PANELIST_OUTBOX_POLL; tests call {@link #dispatchDue()} themselves.
 */
@Singleton
public class Dispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    private static final int MAX_ERROR = 300;
    private static final int MAX_BATCHES = 100;
    private final String instance = "instance-" + UUID.randomUUID();
    private final OutboxLedger ledger;
    private final Transports transports;
    private final OutboxSettings settings;
    private final Clock clock;

    Dispatcher(OutboxLedger ledger, Transports transports, OutboxSettings settings, Clock clock) {
        this.ledger = ledger;
        this.transports = transports;
        this.settings = settings;
        this.clock = clock;
    }

    /** Sends every message due now, batch after batch; the number sent. */
    public int dispatchDue() {
        int sent = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            List<OutboxMessage> claimed = ledger.claim(instance, clock.instant(), settings.lease, OutboxSettings.BATCH);
            for (OutboxMessage message : claimed) {
                sent += deliver(message) ? 1 : 0;
            }
            if (claimed.size() < OutboxSettings.BATCH) {
                break;
            }
        }
        return sent;
    }

    /** This instance's name in {@code leased_by}. */
    public String instance() {
        return instance;
    }

    private boolean deliver(OutboxMessage message) {
        OutboxTransport transport = transports.of(message.kind());
        try {
            if (transport == null) {
                throw new IllegalStateException("Nothing in this instance sends " + message.kind() + " messages.");
            }
            transport.send(message);
        } catch (Exception e) {
            fail(message, describe(e));
            return false;
        }
        if (!ledger.sent(message.id(), instance, clock.instant())) {
            LOG.warn("Outbox message {} was sent after its lease ended; another instance may send it again",
                    message.id());
        }
        return true;
    }

    private void fail(OutboxMessage message, String error) {
        boolean dead = message.attempt() >= settings.maxAttempts;
        Instant next = clock.instant().plus(settings.retryDelay(message.attempt()));
        LOG.info("Outbox message {} attempt {} failed{}: {}", message.id(), message.attempt(), dead ? " (dead)" : "",
                error);
        ledger.failed(message.id(), instance, dead, next, error);
    }

    /** One line, short: the failure's kind and message; transports keep secrets out of their messages. */
    static String describe(Exception e) {
        String text = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        text = text.replaceAll("\\s+", " ").trim();
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 1) + "…";
    }
}
