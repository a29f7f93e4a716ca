package io.panelist.notifications;

import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/** Enqueues as a feature would: inside a transaction of the given instance. */
public final class OutboxFixtures {
    static final String ICS = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Panelist//EN",
            "METHOD:REQUEST", "BEGIN:VEVENT", "UID:interview-1@panelist", "DTSTAMP:20300514T080000Z",
            "DTSTART:20300514T100000Z", "DTEND:20300514T110000Z", "SUMMARY:Technical interview", "SEQUENCE:0",
            "END:VEVENT", "END:VCALENDAR", "");

    private OutboxFixtures() {
    }

    public static OutboxMail mail(String to, String subject) {
        return OutboxMail.of(OutboxKind.INVITATION, to, subject, "Hello " + to + ", see you.",
                "<p>Hello <b>" + to + "</b>, see you.</p>");
    }

    @SuppressWarnings("unchecked")
    public static <T> T inTransaction(ApplicationContext context, Supplier<T> work) {
        TransactionOperations<Object> tx = context.getBean(TransactionOperations.class);
        return tx.executeWrite(status -> work.get());
    }

    public static UUID enqueue(ApplicationContext context, OutboxMail mail) {
        Outbox outbox = context.getBean(Outbox.class);
        Optional<UUID> id = inTransaction(context, () -> outbox.enqueueMail(mail));
        return id.orElseThrow();
    }
}
